-- Exchange review (issue 11 items 3 and 4): the `approved` status between
-- review and registration, review findings with their reply threads, the
-- history of decisions (rounds), and the public disclosure (公示) that
-- approval opens.
ALTER TABLE projects DROP CONSTRAINT projects_status_check;
ALTER TABLE projects ADD CONSTRAINT projects_status_check
  CHECK (status IN ('draft', 'submitted', 'under_review', 'changes_requested', 'approved', 'registered', 'rejected'));

-- One decision per row, never updated: the review history.
CREATE TABLE review_rounds (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Insertion order: several rows may share one timestamp (one transaction, or a frozen test clock).
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  action text NOT NULL CHECK (action IN ('start', 'request_changes', 'approve', 'reject', 'register')),
  from_status text NOT NULL,
  to_status text NOT NULL,
  decided_by uuid NOT NULL REFERENCES users(id),
  decided_at timestamptz NOT NULL,
  reason text,
  -- The automated checks shown to the reviewer at the decision; NULL until
  -- the checks module is wired in.
  checks jsonb
);
CREATE INDEX review_rounds_project_idx ON review_rounds (project_id, seq);

-- A finding targets the project itself, one of its sites or one of its documents.
-- target_id is not a foreign key: it points into one of three tables, and a
-- finding outlives a site the owner deleted in answer to it.
CREATE TABLE review_findings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Insertion order: several rows may share one timestamp (one transaction, or a frozen test clock).
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  round_id uuid REFERENCES review_rounds(id) ON DELETE CASCADE,
  target_type text NOT NULL CHECK (target_type IN ('project', 'site', 'document')),
  target_id uuid NOT NULL,
  body text NOT NULL,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL,
  resolved_by uuid REFERENCES users(id),
  resolved_at timestamptz,
  CHECK ((resolved_by IS NULL) = (resolved_at IS NULL))
);
CREATE INDEX review_findings_project_idx ON review_findings (project_id, seq);

CREATE TABLE finding_replies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Insertion order: several rows may share one timestamp (one transaction, or a frozen test clock).
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  finding_id uuid NOT NULL REFERENCES review_findings(id) ON DELETE CASCADE,
  author_user_id uuid NOT NULL REFERENCES users(id),
  body text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX finding_replies_finding_idx ON finding_replies (finding_id, seq);

-- The public disclosure opened by an approval; closed_at is set at registration.
CREATE TABLE disclosures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Insertion order: several rows may share one timestamp (one transaction, or a frozen test clock).
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  round_id uuid NOT NULL REFERENCES review_rounds(id) ON DELETE CASCADE,
  opened_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  period_days integer NOT NULL CHECK (period_days >= 0),
  closed_at timestamptz,
  CHECK (ends_at >= opened_at)
);
-- At most one disclosure of a project is open at a time.
CREATE UNIQUE INDEX disclosures_open_key ON disclosures (project_id) WHERE closed_at IS NULL;

CREATE TABLE disclosure_comments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Insertion order: several rows may share one timestamp (one transaction, or a frozen test clock).
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  disclosure_id uuid NOT NULL REFERENCES disclosures(id) ON DELETE CASCADE,
  author_user_id uuid NOT NULL REFERENCES users(id),
  body text NOT NULL,
  is_objection boolean NOT NULL,
  created_at timestamptz NOT NULL,
  resolved_by uuid REFERENCES users(id),
  resolved_at timestamptz,
  resolution text,
  CHECK ((resolved_by IS NULL) = (resolved_at IS NULL)),
  CHECK (is_objection OR resolved_at IS NULL)
);
CREATE INDEX disclosure_comments_disclosure_idx ON disclosure_comments (disclosure_id, seq);

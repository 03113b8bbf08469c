-- The units ledger (issue 11 items 5–6): verified issuances, the serial blocks
-- that hold every issued credit (1 serial = 1 tCO2e) and the history of each block.

-- The platform's buffer account: the non-permanence buffer share of every
-- issuance is held here (state 'buffer'). Created by the migration, not the demo
-- seed, because issuance needs it in every deployment.
INSERT INTO organisations (name, name_en, kind, seed_key)
VALUES ('平台缓冲账户', 'Platform buffer account', 'platform', 'platform-buffer-account')
ON CONFLICT (seed_key) DO NOTHING;

-- One global serial counter: serials are unique across projects, so blocks of
-- different projects can share one exclusion constraint. The counter row is
-- updated inside the issuing transaction: a rolled-back issuance consumes no
-- numbers and a committed one's numbers are never handed out again.
CREATE TABLE unit_serial_counter (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  next_serial bigint NOT NULL CHECK (next_serial >= 1)
);
INSERT INTO unit_serial_counter (singleton, next_serial) VALUES (true, 1);

-- The project's code inside serials (CN-BC-<code>-<vintage>-<first>-<last>),
-- assigned at its first issuance from a sequence that never reuses numbers.
CREATE SEQUENCE project_registry_code_seq;
CREATE TABLE project_registry_codes (
  project_id uuid PRIMARY KEY REFERENCES projects(id),
  code text NOT NULL UNIQUE CHECK (code ~ '^P[0-9]{6,}$'),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE issuances (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL REFERENCES projects(id),
  monitoring_from date NOT NULL,
  monitoring_to date NOT NULL,
  vintage integer NOT NULL CHECK (vintage BETWEEN 2000 AND 2100),
  verified_tco2e bigint NOT NULL CHECK (verified_tco2e > 0),
  verifier text NOT NULL,
  verification_document_id uuid NOT NULL,
  -- The non-permanence buffer ratio (0–1) read from the project's estimates at issuance.
  buffer_ratio numeric(7, 6) NOT NULL CHECK (buffer_ratio >= 0 AND buffer_ratio <= 1),
  buffer_tco2e bigint NOT NULL CHECK (buffer_tco2e >= 0),
  owner_tco2e bigint NOT NULL CHECK (owner_tco2e >= 0),
  first_serial bigint NOT NULL,
  last_serial bigint NOT NULL,
  -- Article 6: the host Party's corresponding-adjustment status, as CADT models it.
  corresponding_adjustment text NOT NULL DEFAULT 'not_requested'
    CHECK (corresponding_adjustment IN ('not_requested', 'requested', 'applied')),
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (monitoring_from <= monitoring_to),
  CHECK (vintage BETWEEN extract(year FROM monitoring_from) AND extract(year FROM monitoring_to)),
  CHECK (buffer_tco2e + owner_tco2e = verified_tco2e),
  CHECK (last_serial - first_serial + 1 = verified_tco2e),
  UNIQUE (project_id, monitoring_from, monitoring_to)
);
CREATE INDEX issuances_project_idx ON issuances (project_id, vintage);

CREATE TABLE serial_blocks (
  id bigserial PRIMARY KEY,
  project_id uuid NOT NULL REFERENCES projects(id),
  vintage integer NOT NULL,
  issuance_id uuid NOT NULL REFERENCES issuances(id),
  first_serial bigint NOT NULL CHECK (first_serial >= 1),
  last_serial bigint NOT NULL,
  holder_organisation_id uuid NOT NULL REFERENCES organisations(id),
  state text NOT NULL CHECK (state IN ('held', 'listed', 'pledged', 'retired', 'buffer', 'cancelled')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (first_serial <= last_serial),
  -- A credit exists once: no two blocks may share a serial. Serials are global,
  -- so no per-project equality (and no btree_gist) is needed.
  CONSTRAINT serial_blocks_no_overlap EXCLUDE USING gist (int8range(first_serial, last_serial, '[]') WITH &&)
);
CREATE INDEX serial_blocks_holder_idx ON serial_blocks (holder_organisation_id, project_id, vintage, state, first_serial);
CREATE INDEX serial_blocks_project_idx ON serial_blocks (project_id, vintage, state, first_serial);

-- Every change of a block: issue, split (a child carved from its parent),
-- move (holder and/or state change), cancel. A serial's whole history is the
-- events whose range contains it, in id order.
CREATE TABLE serial_block_events (
  id bigserial PRIMARY KEY,
  block_id bigint NOT NULL REFERENCES serial_blocks(id),
  parent_block_id bigint REFERENCES serial_blocks(id),
  kind text NOT NULL CHECK (kind IN ('issue', 'split', 'move', 'cancel')),
  first_serial bigint NOT NULL,
  last_serial bigint NOT NULL,
  from_holder_organisation_id uuid REFERENCES organisations(id),
  to_holder_organisation_id uuid NOT NULL REFERENCES organisations(id),
  from_state text,
  to_state text NOT NULL,
  at timestamptz NOT NULL,
  audit_event_id bigint REFERENCES audit_events(id),
  CHECK (first_serial <= last_serial)
);
CREATE INDEX serial_block_events_block_idx ON serial_block_events (block_id);
CREATE INDEX serial_block_events_range_idx ON serial_block_events USING gist (int8range(first_serial, last_serial, '[]'));

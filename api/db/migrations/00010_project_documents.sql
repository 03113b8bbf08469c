-- Evidence documents of a project (issue 11 item 1): land tenure, design document,
-- monitoring and verification reports. The metadata lives here; the bytes live
-- in a DocumentStore (document_blobs by default, a folder by configuration).
CREATE TABLE project_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  kind text NOT NULL
    CHECK (kind IN ('land_tenure', 'design_document', 'monitoring_report', 'verification_report', 'other')),
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  -- The type sniffed from the content (it agreed with the declared one), never the client's word alone.
  media_type text NOT NULL
    CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'application/zip')),
  size_bytes bigint NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  -- Shown in the public disclosure (公示) once the project is approved.
  public boolean NOT NULL DEFAULT false,
  -- Which store holds the bytes, so a change of DOCUMENT_STORE does not orphan older files silently.
  storage text NOT NULL CHECK (storage IN ('database', 'folder')),
  uploaded_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_documents_project_idx ON project_documents (project_id, created_at);

-- The database DocumentStore: one row of bytes per document.
CREATE TABLE document_blobs (
  document_id uuid PRIMARY KEY REFERENCES project_documents(id) ON DELETE CASCADE,
  bytes bytea NOT NULL
);

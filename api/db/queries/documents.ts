import type { Sql } from '../client.ts'

export type DocumentRow = {
  id: string
  projectId: string
  kind: string
  fileName: string
  mediaType: string
  /** bigint as text. */
  sizeBytes: string
  sha256: string
  public: boolean
  storage: string
  uploadedBy: string | null
  createdAt: Date
}

export type NewDocument = {
  projectId: string
  kind: string
  fileName: string
  mediaType: string
  sizeBytes: number
  sha256: string
  public: boolean
  storage: string
  uploadedBy: string
}

const columns = (sql: Sql) => sql`
  d.id, d.project_id AS "projectId", d.kind, d.file_name AS "fileName", d.media_type AS "mediaType",
  d.size_bytes::text AS "sizeBytes", d.sha256, d.public, d.storage, d.uploaded_by AS "uploadedBy", d.created_at AS "createdAt"`

export async function insertDocument(sql: Sql, doc: NewDocument, at: Date): Promise<DocumentRow> {
  const [row] = await sql<DocumentRow[]>`
    INSERT INTO project_documents AS d (project_id, kind, file_name, media_type, size_bytes, sha256, public, storage, uploaded_by, created_at)
    VALUES (${doc.projectId}, ${doc.kind}, ${doc.fileName}, ${doc.mediaType}, ${doc.sizeBytes}, ${doc.sha256}, ${doc.public}, ${doc.storage}, ${doc.uploadedBy}, ${at})
    RETURNING ${columns(sql)}`
  return row!
}

export async function listDocuments(sql: Sql, projectId: string): Promise<DocumentRow[]> {
  return sql<DocumentRow[]>`SELECT ${columns(sql)} FROM project_documents d WHERE d.project_id = ${projectId} ORDER BY d.created_at, d.id`
}

/** The document with its project's owner and status, for the access check. */
export async function findDocument(sql: Sql, id: string): Promise<(DocumentRow & { organisationId: string; projectStatus: string }) | undefined> {
  const [row]: [(DocumentRow & { organisationId: string; projectStatus: string })?] = await sql`
    SELECT ${columns(sql)}, p.organisation_id AS "organisationId", p.status AS "projectStatus"
    FROM project_documents d JOIN projects p ON p.id = d.project_id
    WHERE d.id = ${id}`
  return row
}

/** Kinds of document a project holds, for the required-documents check. */
export async function documentKinds(sql: Sql, projectId: string): Promise<Map<string, number>> {
  const rows = await sql<{ kind: string; n: number }[]>`
    SELECT kind, count(*)::int AS n FROM project_documents WHERE project_id = ${projectId} GROUP BY kind`
  return new Map(rows.map((r) => [r.kind, r.n]))
}

import type { Sql } from '../client.ts'

export type FindingTargetType = 'project' | 'site' | 'document'

export type NewFinding = {
  projectId: string
  roundId: string | null
  targetType: FindingTargetType
  targetId: string
  body: string
  createdBy: string
}

export async function insertFinding(sql: Sql, f: NewFinding, at: Date): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    INSERT INTO review_findings (project_id, round_id, target_type, target_id, body, created_by, created_at)
    VALUES (${f.projectId}, ${f.roundId}, ${f.targetType}, ${f.targetId}, ${f.body}, ${f.createdBy}, ${at})
    RETURNING id`
  return row!.id
}

/** Which of the ids name a site (or a document) of the project. */
export async function targetsOfProject(sql: Sql, projectId: string, type: 'site' | 'document', ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set()
  if (type === 'site') {
    const rows = await sql<{ id: string }[]>`SELECT id FROM sites WHERE project_id = ${projectId} AND id = ANY(${sql.array(ids)}::uuid[])`
    return new Set(rows.map((r) => r.id))
  }
  const rows = await sql<{ id: string }[]>`SELECT id FROM project_documents WHERE project_id = ${projectId} AND id = ANY(${sql.array(ids)}::uuid[])`
  return new Set(rows.map((r) => r.id))
}

export type FindingRow = {
  id: string
  projectId: string
  roundId: string | null
  targetType: FindingTargetType
  targetId: string
  body: string
  createdById: string
  createdByName: string
  createdByOrganisation: string
  createdAt: Date
  resolvedById: string | null
  resolvedAt: Date | null
}

const selectFinding = (sql: Sql) => sql`
  SELECT f.id, f.project_id AS "projectId", f.round_id AS "roundId", f.target_type AS "targetType", f.target_id AS "targetId",
         f.body, u.id AS "createdById", u.display_name AS "createdByName", o.name AS "createdByOrganisation",
         f.created_at AS "createdAt", f.resolved_by AS "resolvedById", f.resolved_at AS "resolvedAt"
  FROM review_findings f
  JOIN users u ON u.id = f.created_by
  JOIN organisations o ON o.id = u.organisation_id`

export async function listFindings(sql: Sql, projectId: string): Promise<FindingRow[]> {
  return sql<FindingRow[]>`${selectFinding(sql)} WHERE f.project_id = ${projectId} ORDER BY f.seq`
}

export async function findFinding(sql: Sql, id: string): Promise<FindingRow | undefined> {
  const [row]: [FindingRow?] = await sql`${selectFinding(sql)} WHERE f.id = ${id}`
  return row
}

/** The finding's project, for access checks before the project row is locked. */
export async function findingProjectId(sql: Sql, id: string): Promise<string | undefined> {
  const [row]: [{ projectId: string }?] = await sql`SELECT project_id AS "projectId" FROM review_findings WHERE id = ${id}`
  return row?.projectId
}

export async function resolveFinding(sql: Sql, id: string, userId: string, at: Date): Promise<boolean> {
  const rows = await sql`UPDATE review_findings SET resolved_by = ${userId}, resolved_at = ${at} WHERE id = ${id} AND resolved_at IS NULL RETURNING id`
  return rows.length === 1
}

export type ReplyRow = { id: string; findingId: string; authorId: string; authorName: string; authorOrganisation: string; body: string; createdAt: Date }

export async function insertReply(sql: Sql, r: { findingId: string; authorUserId: string; body: string }, at: Date): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    INSERT INTO finding_replies (finding_id, author_user_id, body, created_at)
    VALUES (${r.findingId}, ${r.authorUserId}, ${r.body}, ${at}) RETURNING id`
  return row!.id
}

export async function listReplies(sql: Sql, findingIds: string[]): Promise<ReplyRow[]> {
  if (!findingIds.length) return []
  return sql<ReplyRow[]>`
    SELECT r.id, r.finding_id AS "findingId", u.id AS "authorId", u.display_name AS "authorName", o.name AS "authorOrganisation",
           r.body, r.created_at AS "createdAt"
    FROM finding_replies r
    JOIN users u ON u.id = r.author_user_id
    JOIN organisations o ON o.id = u.organisation_id
    WHERE r.finding_id = ANY(${sql.array(findingIds)}::uuid[])
    ORDER BY r.seq`
}

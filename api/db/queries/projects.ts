import type { Sql } from '../client.ts'

export type ProjectRow = {
  id: string
  organisationId: string
  organisationName: string
  name: string
  nameEn: string | null
  description: string
  sinkType: string
  methodologyId: string | null
  status: string
  siteCount: number
  /** Sum of the sites' geodesic areas, numeric as text. */
  areaHa: string
  createdAt: Date
  updatedAt: Date
}

/** Which projects a caller may list (mirrors assertCanReadProject). */
export type ProjectScope =
  | { kind: 'all' }
  | { kind: 'own'; organisationId: string }
  | { kind: 'own-and-submitted'; organisationId: string }

const selectProject = (sql: Sql) => sql`
  SELECT p.id, p.organisation_id AS "organisationId", o.name AS "organisationName", p.name, p.name_en AS "nameEn",
         p.description, p.sink_type AS "sinkType", p.methodology_id AS "methodologyId", p.status,
         agg.site_count::int AS "siteCount", agg.area_ha::text AS "areaHa",
         p.created_at AS "createdAt", p.updated_at AS "updatedAt"
  FROM projects p
  JOIN organisations o ON o.id = p.organisation_id
  CROSS JOIN LATERAL (
    SELECT count(*) AS site_count, coalesce(sum(s.area_ha), 0) AS area_ha FROM sites s WHERE s.project_id = p.id
  ) agg`

export async function findProject(sql: Sql, id: string): Promise<ProjectRow | undefined> {
  const [row]: [ProjectRow?] = await sql`${selectProject(sql)} WHERE p.id = ${id}`
  return row
}

/** Locks the project row for the rest of the transaction (status changes, site edits). */
export async function lockProject(sql: Sql, id: string): Promise<{ id: string; organisationId: string; status: string } | undefined> {
  const [row]: [{ id: string; organisationId: string; status: string }?] = await sql`
    SELECT id, organisation_id AS "organisationId", status FROM projects WHERE id = ${id} FOR UPDATE`
  return row
}

export async function listProjects(
  sql: Sql,
  query: { scope: ProjectScope; status?: string | undefined; limit: number; offset: number },
): Promise<{ rows: ProjectRow[]; total: number }> {
  const scope = query.scope
  const visible =
    scope.kind === 'all'
      ? sql`TRUE`
      : scope.kind === 'own'
        ? sql`p.organisation_id = ${scope.organisationId}`
        : sql`(p.organisation_id = ${scope.organisationId} OR p.status <> 'draft')`
  const status = query.status ? sql`AND p.status = ${query.status}` : sql``
  const rows = await sql<ProjectRow[]>`
    ${selectProject(sql)}
    WHERE ${visible} ${status}
    ORDER BY p.created_at DESC, p.id
    LIMIT ${query.limit} OFFSET ${query.offset}`
  const [count]: [{ total: string }?] = await sql`
    SELECT count(*)::text AS total FROM projects p WHERE ${visible} ${status}`
  return { rows, total: Number(count?.total ?? 0) }
}

export type NewProject = {
  organisationId: string
  name: string
  nameEn: string | null
  description: string
  sinkType: string
  methodologyId: string | null
}

export async function insertProject(sql: Sql, p: NewProject, now: Date): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    INSERT INTO projects (organisation_id, name, name_en, description, sink_type, methodology_id, status, created_at, updated_at)
    VALUES (${p.organisationId}, ${p.name}, ${p.nameEn}, ${p.description}, ${p.sinkType}, ${p.methodologyId}, 'draft', ${now}, ${now})
    RETURNING id`
  return row!.id
}

export type ProjectPatch = Partial<Pick<NewProject, 'name' | 'nameEn' | 'description' | 'sinkType' | 'methodologyId'>>

/** Sets only the given fields; `undefined` leaves a field alone, `null` clears a nullable one. */
export async function updateProject(sql: Sql, id: string, patch: ProjectPatch, now: Date): Promise<void> {
  await sql`
    UPDATE projects SET
      name = CASE WHEN ${patch.name !== undefined} THEN ${patch.name ?? null} ELSE name END,
      name_en = CASE WHEN ${patch.nameEn !== undefined} THEN ${patch.nameEn ?? null} ELSE name_en END,
      description = CASE WHEN ${patch.description !== undefined} THEN ${patch.description ?? null} ELSE description END,
      sink_type = CASE WHEN ${patch.sinkType !== undefined} THEN ${patch.sinkType ?? null} ELSE sink_type END,
      methodology_id = CASE WHEN ${patch.methodologyId !== undefined} THEN ${patch.methodologyId ?? null} ELSE methodology_id END,
      updated_at = ${now}
    WHERE id = ${id}`
}

export async function setProjectStatus(sql: Sql, id: string, status: string, now: Date): Promise<void> {
  await sql`UPDATE projects SET status = ${status}, updated_at = ${now} WHERE id = ${id}`
}

/** Marks the project changed (a site was added, edited or removed). */
export async function touchProject(sql: Sql, id: string, now: Date): Promise<void> {
  await sql`UPDATE projects SET updated_at = ${now} WHERE id = ${id}`
}

/**
 * Deletes the project; its sites, strata and estimates go with it (ON DELETE
 * CASCADE). Undefined when a concurrent delete already removed it.
 */
export async function deleteProject(sql: Sql, id: string): Promise<{ sites: number } | undefined> {
  const [row] = await sql<{ n: string }[]>`SELECT count(*)::text AS n FROM sites WHERE project_id = ${id}`
  const deleted = await sql`DELETE FROM projects WHERE id = ${id} RETURNING id`
  return deleted.length === 1 ? { sites: Number(row!.n) } : undefined
}

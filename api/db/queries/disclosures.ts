import type { Sql } from '../client.ts'

export type DisclosureRow = {
  id: string
  projectId: string
  projectName: string
  projectNameEn: string | null
  projectStatus: string
  sinkType: string
  methodologyId: string | null
  organisationId: string
  organisationName: string
  organisationNameEn: string | null
  openedAt: Date
  endsAt: Date
  periodDays: number
  closedAt: Date | null
  commentCount: number
  openObjectionCount: number
}

const selectDisclosure = (sql: Sql) => sql`
  SELECT d.id, p.id AS "projectId", p.name AS "projectName", p.name_en AS "projectNameEn", p.status AS "projectStatus",
         p.sink_type AS "sinkType", p.methodology_id AS "methodologyId",
         o.id AS "organisationId", o.name AS "organisationName", o.name_en AS "organisationNameEn",
         d.opened_at AS "openedAt", d.ends_at AS "endsAt", d.period_days AS "periodDays", d.closed_at AS "closedAt",
         (SELECT count(*)::int FROM disclosure_comments c WHERE c.disclosure_id = d.id) AS "commentCount",
         (SELECT count(*)::int FROM disclosure_comments c WHERE c.disclosure_id = d.id AND c.is_objection AND c.resolved_at IS NULL) AS "openObjectionCount"
  FROM disclosures d
  JOIN projects p ON p.id = d.project_id
  JOIN organisations o ON o.id = p.organisation_id`

export async function insertDisclosure(
  sql: Sql,
  d: { projectId: string; roundId: string; openedAt: Date; endsAt: Date; periodDays: number },
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    INSERT INTO disclosures (project_id, round_id, opened_at, ends_at, period_days)
    VALUES (${d.projectId}, ${d.roundId}, ${d.openedAt}, ${d.endsAt}, ${d.periodDays}) RETURNING id`
  return row!.id
}

export async function findDisclosure(sql: Sql, id: string): Promise<DisclosureRow | undefined> {
  const [row]: [DisclosureRow?] = await sql`${selectDisclosure(sql)} WHERE d.id = ${id}`
  return row
}

/** The project's disclosure not yet closed by registration (at most one: a partial unique index). */
export async function findOpenDisclosure(sql: Sql, projectId: string): Promise<DisclosureRow | undefined> {
  const [row]: [DisclosureRow?] = await sql`${selectDisclosure(sql)} WHERE d.project_id = ${projectId} AND d.closed_at IS NULL`
  return row
}

export async function closeDisclosure(sql: Sql, id: string, at: Date): Promise<void> {
  await sql`UPDATE disclosures SET closed_at = ${at} WHERE id = ${id}`
}

export async function listDisclosures(sql: Sql, page: { limit: number; offset: number }): Promise<{ rows: DisclosureRow[]; total: number }> {
  const rows = await sql<DisclosureRow[]>`
    ${selectDisclosure(sql)} ORDER BY d.seq DESC LIMIT ${page.limit} OFFSET ${page.offset}`
  const [count] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM disclosures`
  return { rows, total: count!.n }
}

export type EstimateSummaryRow = {
  siteCount: number
  areaHa: string
  sitesWithEstimate: number
  /** Sum of each site's latest saved estimate, numeric as text; null when none has one. */
  totalNetCreditsTco2e: string | null
  methodologies: string[]
}

/** The project's sites and the latest saved estimate of each, summed in SQL (numeric stays exact). */
export async function estimateSummary(sql: Sql, projectId: string): Promise<EstimateSummaryRow> {
  const [row] = await sql<EstimateSummaryRow[]>`
    SELECT count(*)::int AS "siteCount", coalesce(sum(s.area_ha), 0)::text AS "areaHa",
           count(e.id)::int AS "sitesWithEstimate", sum(e.total_net_credits_tco2e)::text AS "totalNetCreditsTco2e",
           coalesce(array_agg(DISTINCT e.methodology_id || '@' || e.methodology_version) FILTER (WHERE e.id IS NOT NULL), '{}') AS methodologies
    FROM sites s
    LEFT JOIN LATERAL (
      SELECT id, methodology_id, methodology_version, total_net_credits_tco2e
      FROM site_estimates WHERE site_id = s.id ORDER BY created_at DESC, id DESC LIMIT 1
    ) e ON TRUE
    WHERE s.project_id = ${projectId}`
  return row!
}

export type CommentRow = {
  id: string
  disclosureId: string
  authorUserId: string
  authorOrganisation: string
  body: string
  isObjection: boolean
  createdAt: Date
  resolvedAt: Date | null
  resolution: string | null
}

export async function insertComment(
  sql: Sql,
  c: { disclosureId: string; authorUserId: string; body: string; isObjection: boolean },
  at: Date,
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    INSERT INTO disclosure_comments (disclosure_id, author_user_id, body, is_objection, created_at)
    VALUES (${c.disclosureId}, ${c.authorUserId}, ${c.body}, ${c.isObjection}, ${at}) RETURNING id`
  return row!.id
}

const selectComment = (sql: Sql) => sql`
  SELECT c.id, c.disclosure_id AS "disclosureId", c.author_user_id AS "authorUserId", o.name AS "authorOrganisation",
         c.body, c.is_objection AS "isObjection", c.created_at AS "createdAt", c.resolved_at AS "resolvedAt", c.resolution
  FROM disclosure_comments c
  JOIN users u ON u.id = c.author_user_id
  JOIN organisations o ON o.id = u.organisation_id`

export async function listComments(sql: Sql, disclosureId: string): Promise<CommentRow[]> {
  return sql<CommentRow[]>`${selectComment(sql)} WHERE c.disclosure_id = ${disclosureId} ORDER BY c.seq`
}

export async function findComment(sql: Sql, disclosureId: string, commentId: string): Promise<CommentRow | undefined> {
  const [row]: [CommentRow?] = await sql`${selectComment(sql)} WHERE c.disclosure_id = ${disclosureId} AND c.id = ${commentId}`
  return row
}

export async function resolveObjection(sql: Sql, id: string, r: { userId: string; resolution: string }, at: Date): Promise<boolean> {
  const rows = await sql`
    UPDATE disclosure_comments SET resolved_by = ${r.userId}, resolved_at = ${at}, resolution = ${r.resolution}
    WHERE id = ${id} AND is_objection AND resolved_at IS NULL RETURNING id`
  return rows.length === 1
}

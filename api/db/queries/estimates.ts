import type { Sql } from '../client.ts'

export type EstimateRow = {
  id: string
  siteId: string
  methodologyId: string
  methodologyVersion: string
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
  contentHash: string
  areaHa: string | null
  totalNetCreditsTco2e: string | null
  createdBy: string | null
  createdAt: Date
}

const columns = (sql: Sql) => sql`
  id, site_id AS "siteId", methodology_id AS "methodologyId", methodology_version AS "methodologyVersion",
  inputs, outputs, content_hash AS "contentHash", area_ha::text AS "areaHa",
  total_net_credits_tco2e::text AS "totalNetCreditsTco2e", created_by AS "createdBy", created_at AS "createdAt"`

export async function insertEstimate(
  sql: Sql,
  e: {
    siteId: string
    methodologyId: string
    methodologyVersion: string
    inputs: unknown
    outputs: unknown
    contentHash: string
    areaHa: string | null
    totalNetCreditsTco2e: string | null
    createdBy: string
  },
): Promise<EstimateRow> {
  const [row] = await sql<EstimateRow[]>`
    INSERT INTO site_estimates (site_id, methodology_id, methodology_version, inputs, outputs, content_hash, area_ha, total_net_credits_tco2e, created_by)
    VALUES (${e.siteId}, ${e.methodologyId}, ${e.methodologyVersion}, ${sql.json(e.inputs as never)}, ${sql.json(e.outputs as never)},
            ${e.contentHash}, ${e.areaHa}, ${e.totalNetCreditsTco2e}, ${e.createdBy})
    RETURNING ${columns(sql)}`
  return row!
}

export async function findEstimate(sql: Sql, id: string): Promise<EstimateRow | undefined> {
  const [row]: [EstimateRow?] = await sql`SELECT ${columns(sql)} FROM site_estimates WHERE id = ${id}`
  return row
}

export async function listSiteEstimates(sql: Sql, siteId: string, limit: number): Promise<EstimateRow[]> {
  return sql<EstimateRow[]>`
    SELECT ${columns(sql)} FROM site_estimates WHERE site_id = ${siteId}
    ORDER BY created_at DESC, id DESC LIMIT ${limit}`
}

import type { Sql } from '../client.ts'

export type ValuationRow = {
  id: string
  siteId: string
  methodologyId: string
  methodologyVersion: string
  ecosystem: string
  estimateId: string | null
  carbonPriceSeries: string | null
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
  basis: Record<string, unknown>
  contentHash: string
  npvCny: string
  totalCnyPerYear: string
  createdBy: string | null
  createdAt: Date
}

const columns = (sql: Sql) => sql`
  id, site_id AS "siteId", methodology_id AS "methodologyId", methodology_version AS "methodologyVersion",
  ecosystem, estimate_id AS "estimateId", carbon_price_series AS "carbonPriceSeries",
  inputs, outputs, basis, content_hash AS "contentHash", npv_cny::text AS "npvCny",
  total_cny_per_year::text AS "totalCnyPerYear", created_by AS "createdBy", created_at AS "createdAt"`

export type NewValuation = {
  siteId: string
  methodologyId: string
  methodologyVersion: string
  ecosystem: string
  estimateId: string | null
  carbonPriceSeries: string | null
  inputs: unknown
  outputs: unknown
  basis: unknown
  contentHash: string
  /** Decimal strings (2 dp), never a float into a numeric column. */
  npvCny: string
  totalCnyPerYear: string
  createdBy: string
}

export async function insertValuation(sql: Sql, v: NewValuation): Promise<ValuationRow> {
  const [row] = await sql<ValuationRow[]>`
    INSERT INTO site_valuations (site_id, methodology_id, methodology_version, ecosystem, estimate_id, carbon_price_series,
                                 inputs, outputs, basis, content_hash, npv_cny, total_cny_per_year, created_by)
    VALUES (${v.siteId}, ${v.methodologyId}, ${v.methodologyVersion}, ${v.ecosystem}, ${v.estimateId}, ${v.carbonPriceSeries},
            ${sql.json(v.inputs as never)}, ${sql.json(v.outputs as never)}, ${sql.json(v.basis as never)},
            ${v.contentHash}, ${v.npvCny}, ${v.totalCnyPerYear}, ${v.createdBy})
    RETURNING ${columns(sql)}`
  return row!
}

export async function findValuation(sql: Sql, id: string): Promise<ValuationRow | undefined> {
  const [row]: [ValuationRow?] = await sql`SELECT ${columns(sql)} FROM site_valuations WHERE id = ${id}`
  return row
}

/** Newest first; `limit 1` gives the site's latest valuation (the report's). */
export async function listSiteValuations(sql: Sql, siteId: string, limit: number): Promise<ValuationRow[]> {
  return sql<ValuationRow[]>`
    SELECT ${columns(sql)} FROM site_valuations WHERE site_id = ${siteId}
    ORDER BY created_at DESC, id DESC LIMIT ${limit}`
}

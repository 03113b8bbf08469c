import type { Sql } from '../client.ts'

export type CarbonPriceRow = {
  series: string
  periodStart: string
  periodEnd: string
  statistic: string
  priceCnyPerTco2e: string
  volumeT: string | null
  sourceUrl: string
  note: string
}

const columns = (sql: Sql) => sql`
  series, to_char(period_start, 'YYYY-MM-DD') AS "periodStart", to_char(period_end, 'YYYY-MM-DD') AS "periodEnd",
  statistic, price_cny_per_tco2e::text AS "priceCnyPerTco2e", volume_t::text AS "volumeT",
  source_url AS "sourceUrl", note`

export async function listCarbonPrices(sql: Sql, series: string | undefined): Promise<CarbonPriceRow[]> {
  return sql<CarbonPriceRow[]>`
    SELECT ${columns(sql)}
    FROM carbon_prices
    WHERE ${series === undefined ? sql`true` : sql`series = ${series}`}
    ORDER BY series, period_end, period_start, statistic`
}

/**
 * The reference price of each series for valuation, in one query: its latest
 * average over at most a year (a multi-year cumulative average would lag the
 * market badly) or, for deal-only series such as blue-carbon deals, its latest deal.
 */
export async function referencePrices(sql: Sql, series: readonly string[]): Promise<CarbonPriceRow[]> {
  return sql<CarbonPriceRow[]>`
    SELECT DISTINCT ON (series) ${columns(sql)}
    FROM carbon_prices
    WHERE series IN ${sql(series as string[])} AND statistic IN ('average', 'deal') AND period_end - period_start <= 366
    ORDER BY series, period_end DESC, (statistic = 'average') DESC, period_start DESC`
}

export async function latestReferencePrice(sql: Sql, series: string): Promise<CarbonPriceRow | undefined> {
  const [row] = await referencePrices(sql, [series])
  return row
}

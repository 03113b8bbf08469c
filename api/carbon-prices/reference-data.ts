import { readFile } from 'node:fs/promises'
import type { Database } from '../db/client.ts'
import { parseCarbonPrices } from './parse-carbon-prices.ts'

export const CARBON_PRICES_FILE = new URL('../../seeds/prices/carbon-prices.csv', import.meta.url)

/**
 * Reference data every installation needs (not demo data): the carbon price
 * series, each row with its source. Idempotent: rows are keyed by series,
 * period and statistic, and an existing row is left as it is.
 */
export async function seedReferenceData(sql: Database): Promise<{ carbonPrices: number }> {
  const parsed = parseCarbonPrices(await readFile(CARBON_PRICES_FILE, 'utf8'))
  if (!parsed.ok) {
    const lines = parsed.errors.map((e) => `  line ${e.line}${e.column ? ` (${e.column})` : ''}: ${e.message}`)
    throw new Error(`seeds/prices/carbon-prices.csv is invalid:\n${lines.join('\n')}`)
  }
  // One multi-row statement: start-up runs this every time, so it must not cost a round-trip per row.
  const result = await sql`
    INSERT INTO carbon_prices ${sql(parsed.rows, 'series', 'period_start', 'period_end', 'statistic', 'price_cny_per_tco2e', 'volume_t', 'source_url', 'note')}
    ON CONFLICT (series, period_start, period_end, statistic) DO NOTHING`
  return { carbonPrices: result.count }
}

import { readFile } from 'node:fs/promises'
import type { Database } from '../api/db/client.ts'
import { parseCarbonPrices } from './prices/parse-carbon-prices.ts'

export const CARBON_PRICES_FILE = new URL('./prices/carbon-prices.csv', import.meta.url)

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
  return sql.begin(async (tx) => {
    let inserted = 0
    for (const row of parsed.rows) {
      const result = await tx`
        INSERT INTO carbon_prices (series, period_start, period_end, statistic, price_cny_per_tco2e, volume_t, source_url, note)
        VALUES (${row.series}, ${row.period_start}, ${row.period_end}, ${row.statistic}, ${row.price_cny_per_tco2e}::numeric,
                ${row.volume_t}::numeric, ${row.source_url}, ${row.note})
        ON CONFLICT (series, period_start, period_end, statistic) DO NOTHING`
      inserted += result.count
    }
    return { carbonPrices: inserted }
  })
}

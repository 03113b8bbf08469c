import type { CarbonPriceInput } from '../../methodologies/gep/carbon-price.ts'
import type { Sql } from '../db/client.ts'
import { latestReferencePrice } from '../db/queries/carbon-prices.ts'
import type { CarbonPriceBasis } from './basis.schema.ts'
import type { CarbonPriceChoice } from './carbon-price-choice.schema.ts'

/**
 * Turns the request's price scenario into the model's `carbonPrice` input. A series
 * resolves on the server to its seeded reference price (latest average over at most
 * a year, or latest deal), and the row's source URL travels with it into the result.
 *
 * @returns null when the series has no seeded reference price
 */
export async function resolveCarbonPrice(
  sql: Sql,
  choice: CarbonPriceChoice,
): Promise<{ input: CarbonPriceInput; basis: CarbonPriceBasis } | null> {
  if (choice.series) {
    const row = await latestReferencePrice(sql, choice.series)
    if (!row) return null
    return {
      // The model takes a number; the decimal string stays in the basis for display.
      input: { kind: 'series', series: choice.series, priceCnyPerTco2e: Number(row.priceCnyPerTco2e), sourceUrl: row.sourceUrl },
      basis: {
        kind: 'series',
        series: choice.series,
        priceCnyPerTco2e: row.priceCnyPerTco2e,
        periodStart: row.periodStart,
        periodEnd: row.periodEnd,
        statistic: row.statistic,
        sourceUrl: row.sourceUrl,
        note: row.note,
      },
    }
  }
  const price = choice.priceCnyPerTco2e
  if (price === undefined) throw new Error('carbonPriceChoiceSchema lets no choice without series or price through')
  const note = choice.sourceNote ? { sourceNote: choice.sourceNote } : {}
  return { input: { kind: 'user', priceCnyPerTco2e: price, ...note }, basis: { kind: 'user', priceCnyPerTco2e: price, ...note } }
}

import { z } from 'zod'
import { quantity } from '../fields.ts'
import type { GepSource } from './sources.ts'
import type { PriceQuote } from './services/service.ts'

/** Series seeded from seeds/prices/carbon-prices.csv. */
export const CARBON_PRICE_SERIES = ['CEA', 'CCER', 'GDEA', 'BLUE_CARBON_DEAL'] as const

/**
 * The dearest carbon prices anywhere (Swedish carbon tax, EU ETS peak) are under
 * 1,000 CNY/tCO2e; 100,000 leaves room for any scenario while keeping a valuation's
 * NPV finite and storable.
 */
export const MAX_CARBON_PRICE_CNY_PER_TCO2E = 100_000

const priceField = quantity({
  unit: 'CNY/tCO2e',
  about: { en: 'Carbon price', zh: '碳价' },
  min: 0,
  max: MAX_CARBON_PRICE_CNY_PER_TCO2E,
})

/**
 * Carbon price scenario. The API resolves a seeded series to one number (the model
 * stays pure); a user price carries the user's own reference in `sourceNote`.
 */
export const carbonPriceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('series'),
    series: z.enum(CARBON_PRICE_SERIES),
    priceCnyPerTco2e: priceField,
    sourceUrl: z.string().max(1000).optional(),
  }),
  z.strictObject({
    kind: z.literal('user'),
    priceCnyPerTco2e: priceField,
    sourceNote: z.string().max(500).optional(),
  }),
])
export type CarbonPriceInput = z.output<typeof carbonPriceSchema>

/**
 * A market quote is taken as valuation-year money: carbon prices do not follow the
 * CPI, so the price year is the valuation year and no adjustment applies.
 */
export function carbonPriceQuote(input: CarbonPriceInput, valuationYear: number): PriceQuote {
  const source: GepSource =
    input.kind === 'series'
      ? {
          id: `carbon-price-series:${input.series}`,
          document: `Seeded carbon price series ${input.series} (seeds/prices/carbon-prices.csv), resolved by the caller`,
          ...(input.sourceUrl ? { url: input.sourceUrl } : {}),
          status: 'secondary',
        }
      : {
          id: 'user:carbonPrice',
          document: 'User-supplied carbon price',
          status: 'assumption',
          quality: 'user',
          ...(input.sourceNote ? { note: input.sourceNote } : {}),
        }
  return { valueCny: input.priceCnyPerTco2e, priceYear: valuationYear, source }
}

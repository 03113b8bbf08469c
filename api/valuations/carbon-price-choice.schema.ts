import { z } from '@hono/zod-openapi'
import { CARBON_PRICE_SERIES, MAX_CARBON_PRICE_CNY_PER_TCO2E } from '../../methodologies/gep/carbon-price.ts'

/**
 * The request's carbon price scenario: a seeded series (resolved on the server) or
 * the user's own price. One object with a cross-field rule rather than a union, so a
 * bad value is reported at its own path (`carbonPrice.priceCnyPerTco2e`).
 */
export const carbonPriceChoiceSchema = z
  .object({
    series: z.enum(CARBON_PRICE_SERIES).optional().openapi({ description: 'Seeded series; its reference price is used.' }),
    // The dearest carbon prices anywhere (Swedish tax, EU ETS peak) are under 1,000 CNY/tCO2e;
    // 100,000 leaves room for any scenario and keeps NPVs inside numeric(20, 2).
    priceCnyPerTco2e: z.number().min(0, { abort: true }).max(MAX_CARBON_PRICE_CNY_PER_TCO2E, { abort: true }).optional().openapi({ description: 'User price, CNY per tCO2e of valuation-year money.' }),
    sourceNote: z.string().max(500).optional().openapi({ description: 'Where the user price comes from.' }),
  })
  .strict()
  .superRefine((value, ctx) => {
    const given = (value.series !== undefined ? 1 : 0) + (value.priceCnyPerTco2e !== undefined ? 1 : 0)
    if (given !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['series'],
        message: 'Give exactly one of series and priceCnyPerTco2e',
        params: { zh: 'series 与 priceCnyPerTco2e 必须且只能提供一个' },
      })
    }
    if (value.sourceNote !== undefined && value.series !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['sourceNote'],
        message: 'sourceNote belongs to a user price; a series carries its own source',
        params: { zh: 'sourceNote 仅用于用户自定价格；价格序列自带来源' },
      })
    }
  })
  .openapi('CarbonPriceChoice', { example: { series: 'CEA' } })
export type CarbonPriceChoice = z.infer<typeof carbonPriceChoiceSchema>

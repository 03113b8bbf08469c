import { z } from '@hono/zod-openapi'
import { CARBON_PRICE_SERIES } from '../../methodologies/gep/carbon-price.ts'

const methodologyRef = z.object({ id: z.string(), version: z.string() })

/**
 * Where the carbon quantity of a valuation came from. Only a site's latest saved
 * area-based estimate supplies it; anything else leaves the carbon row `needs-input`.
 */
export const carbonBasisSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('estimate'),
    estimateId: z.string().uuid(),
    contentHash: z.string(),
    methodology: methodologyRef,
    fromYear: z.number().int(),
    toYear: z.number().int(),
    netEmissionYears: z
      .array(z.number().int())
      .openapi({ description: 'Years where project emissions exceeded gross removals: valued as 0 t sequestered, not as a negative.' }),
  }),
  z.object({ status: z.literal('no-estimate') }),
  z.object({ status: z.literal('unsupported-estimate'), estimateId: z.string().uuid(), methodology: methodologyRef }),
  z.object({ status: z.literal('no-site') }),
])
export type CarbonBasis = z.infer<typeof carbonBasisSchema>

export const carbonPriceBasisSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('series'),
    series: z.enum(CARBON_PRICE_SERIES),
    priceCnyPerTco2e: z.string().openapi({ description: 'Seeded reference price, decimal string (CNY per tCO2e).' }),
    periodStart: z.string(),
    periodEnd: z.string(),
    statistic: z.string(),
    sourceUrl: z.string(),
    note: z.string(),
  }),
  z.object({ kind: z.literal('user'), priceCnyPerTco2e: z.number(), sourceNote: z.string().optional() }),
])
export type CarbonPriceBasis = z.infer<typeof carbonPriceBasisSchema>

export const valuationBasisSchema = z
  .object({
    area: z.object({ source: z.enum(['site', 'geometry']), areaHa: z.number() }),
    carbon: carbonBasisSchema,
    carbonPrice: carbonPriceBasisSchema,
  })
  .openapi('ValuationBasis', { description: 'Where the server-filled inputs (area, carbon, carbon price) came from.' })
export type ValuationBasis = z.infer<typeof valuationBasisSchema>

import { z } from '@hono/zod-openapi'
import { ECOSYSTEMS } from '../../../methodologies/gep/ecosystems.ts'
import { gepOutputSchema } from '../../../methodologies/gep/output.schema.ts'
import { carbonPriceChoiceSchema } from '../../valuations/carbon-price-choice.schema.ts'
import { siteGeometryInput } from '../sites/schema.ts'

export const valuationRequestSchema = z
  .object({
    siteId: z.string().uuid().optional().openapi({ description: "A stored site: its geodesic area and its latest saved estimate's carbon are used." }),
    geometry: siteGeometryInput
      .optional()
      .openapi({ description: 'A drawn site instead of a stored one: its geodesic area is used; carbon then needs an estimate and is left out.' }),
    ecosystem: z.enum(ECOSYSTEMS).openapi({ example: 'mangrove' }),
    params: z
      .record(z.string(), z.unknown())
      .default({})
      .openapi({
        description:
          'The GEP inputs except what the server fills (ecosystem, areaHa, carbonPrice, carbon sequestration): valuationYear, horizonYears, discountRatePercent, services, priceAdjustmentFactors. Their JSON Schema (units, defaults, sources, which are required) is the input schema of methodology gep-valuation.',
        example: {
          valuationYear: 2026,
          horizonYears: 20,
          discountRatePercent: 3,
          services: { recreation: { visitsPerYear: 0 } },
        },
      }),
    carbonPrice: carbonPriceChoiceSchema,
    save: z.boolean().default(false).openapi({ description: 'Store the valuation against `siteId` (owner of the site only).' }),
  })
  .strict()
  .superRefine((body, ctx) => {
    if ((body.siteId === undefined) === (body.geometry === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['siteId'], message: 'Give exactly one of siteId and geometry', params: { zh: 'siteId 与 geometry 必须且只能提供一个' } })
    }
    if (body.save && !body.siteId) {
      ctx.addIssue({ code: 'custom', path: ['save'], message: 'Saving needs a siteId', params: { zh: '保存核算结果需要提供 siteId' } })
    }
  })
  .openapi('ValuationRequest')

/**
 * Breakdown by service (quantity, unit price, price year, CPI factor, value per year,
 * sources; `needs-input` rows are left out of totals), totals by class and per year,
 * NPV and the ±20 % sensitivity table ranked by swing. The model's own output schema:
 * declared once, in methodologies/gep (built with plain zod, so no `.openapi()` on it).
 */
export const valuationResultSchema = gepOutputSchema

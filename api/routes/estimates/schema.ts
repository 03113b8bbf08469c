import { z } from '@hono/zod-openapi'
import { siteGeometryInput } from '../sites/schema.ts'
import { savedEstimate } from '../../estimates/saved-estimate.schema.ts'

export const estimateRequestSchema = z
  .object({
    methodology: z.string().min(1).max(100).openapi({ example: 'mangrove-afforestation' }),
    params: z
      .record(z.string(), z.unknown())
      .default({})
      .openapi({
        description: 'Inputs of the methodology; their JSON Schema (units, defaults, sources) is served by GET /api/v1/methodologies/{id}.',
        example: { areaHa: 100, startYear: 2026, creditingYears: 20 },
      }),
    geometry: siteGeometryInput.optional().openapi({ description: 'A drawn site; its geodesic area replaces params.areaHa.' }),
    areaHa: z.number().positive().max(10_000_000).optional().openapi({ description: 'Area in hectares; replaces params.areaHa.' }),
    siteId: z.string().uuid().optional().openapi({ description: 'Estimate for a stored site; its area replaces params.areaHa.' }),
    save: z.boolean().default(false).openapi({ description: 'Store the estimate against `siteId` (owner of the site only).' }),
  })
  .strict()
  .superRefine((body, ctx) => {
    const given = [body.geometry, body.areaHa, body.siteId].filter((v) => v !== undefined).length
    if (given > 1) {
      ctx.addIssue({ code: 'custom', path: ['siteId'], message: 'Give at most one of siteId, geometry and areaHa', params: { zh: 'siteId、geometry 和 areaHa 最多只能提供一个' } })
    }
    if (body.save && !body.siteId) {
      ctx.addIssue({ code: 'custom', path: ['save'], message: 'Saving needs a siteId', params: { zh: '保存估算需要提供 siteId' } })
    }
  })
  .openapi('EstimateRequest')

export const estimateResultSchema = z
  .record(z.string(), z.unknown())
  .openapi('EstimateResult', {
    description:
      'Area-based methodologies: { methodology: {id, version}, areaHa, years: [{ year, grossRemovalsTco2e, baselineTco2e, projectEmissionsTco2e, leakageTco2e, uncertaintyDeductionTco2e, bufferTco2e, netCreditsTco2e }], totals, warnings }. coastal-transition: { methodology, periods, totalNetSequestration, npv, stocks }.',
  })

export const savedEstimateSchema = savedEstimate.openapi('SavedEstimate')

import { z } from '@hono/zod-openapi'
import { collateralInputSchema, collateralOutputSchema, MAX_TERM_YEARS } from '../../../methodologies/collateral/index.ts'
import { CARBON_PRICE_SERIES } from '../../../methodologies/gep/carbon-price.ts'

const model = collateralInputSchema.shape

export const priceChoiceSchema = z
  .object({
    series: z.enum(CARBON_PRICE_SERIES).default('CEA').openapi({ description: 'Seeded series the price model is estimated from (banks price on the national ETS, CEA: finance.md §4.2).' }),
    windowYears: z.number().int().min(2).max(30).default(4).openapi({ description: 'Calendar years of the estimation window, ending with the last full-year average.' }),
    startPriceCnyPerTco2e: model.price.shape.startPriceCnyPerTco2e.optional(),
    driftPercentPerYear: model.price.shape.driftPercentPerYear.optional(),
    volatilityPercentPerYear: model.price.shape.volatilityPercentPerYear.optional(),
  })
  .strict()

export const collateralValuationRequestSchema = z
  .object({
    projectId: z.string().uuid().optional().openapi({ description: "The project whose saved estimates give the future vintages (latest area-based estimate of each site)." }),
    futureCreditsTco2e: model.futureCreditsTco2e.removeDefault().optional().openapi({ description: 'Without a project: expected credits per term year (year 1 first).' }),
    futureVintages: z
      .array(z.number().int().min(2000).max(2200))
      .max(MAX_TERM_YEARS)
      .optional()
      .openapi({ description: "With a project: the vintage years pledged (default: every vintage inside the term, this year first)." }),
    units: model.issuedUnitsTco2e.removeDefault().optional().openapi({ description: 'Issued credits pledged, tCO2e (the units ledger is not connected yet).' }),
    termYears: model.termYears,
    discountRatePercent: model.discountRatePercent,
    ltvPercent: model.ltvPercent,
    price: priceChoiceSchema.default({ series: 'CEA', windowYears: 4 }),
    deliveryMeanRatio: model.deliveryMeanRatio,
    deliverySdRatio: model.deliverySdRatio,
    risks: model.risks,
    bufferPercent: model.bufferPercent,
    bufferTco2e: model.bufferTco2e,
    paths: model.paths.openapi({ description: 'Monte Carlo paths (default 10,000; at most MAX_MC_PATHS, 200,000 unless configured).' }),
    seed: model.seed,
    save: z.boolean().default(false).openapi({ description: 'Store the valuation with its inputs hash.' }),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.projectId && body.futureCreditsTco2e) {
      ctx.addIssue({ code: 'custom', path: ['futureCreditsTco2e'], message: "With a projectId the vintages come from the project's estimates", params: { zh: '提供 projectId 时，年份减排量取自项目估算' } })
    }
    if (!body.projectId && body.futureVintages) {
      ctx.addIssue({ code: 'custom', path: ['futureVintages'], message: 'futureVintages selects vintages of a project: give a projectId', params: { zh: 'futureVintages 用于选择项目年份，需提供 projectId' } })
    }
    if (body.futureCreditsTco2e && body.futureCreditsTco2e.length > body.termYears) {
      ctx.addIssue({ code: 'custom', path: ['futureCreditsTco2e'], message: 'More yearly credits than term years', params: { zh: '年度减排量条目多于贷款年数' } })
    }
  })
  .openapi('CollateralValuationRequest')

export const savedCollateralValuationSchema = z
  .object({
    id: z.string().uuid(),
    projectId: z.string().uuid().nullable(),
    model: z.object({ id: z.string(), version: z.string() }),
    inputsHash: z.string().openapi({ description: 'SHA-256 of the canonical JSON of model id, version and inputs.' }),
    contentHash: z.string(),
    createdAt: z.string(),
  })
  .openapi('SavedCollateralValuation')

export const collateralRunSchema = z.object({
  result: collateralOutputSchema,
  inputs: z.record(z.string(), z.unknown()).openapi({ description: 'The exact model inputs, defaults and resolved price model included.' }),
  basis: z.record(z.string(), z.unknown()).openapi({ description: 'Where server-filled inputs came from: price estimate (window, method, sources) and project estimates.' }),
})

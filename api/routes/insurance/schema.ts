import { z } from '@hono/zod-openapi'
import { insuranceInputSchema, reversalRiskSchema } from '../../../methodologies/collateral/index.ts'
import { CARBON_PRICE_SERIES } from '../../../methodologies/gep/carbon-price.ts'

const model = insuranceInputSchema.shape

export const insuranceQuoteRequestSchema = z
  .object({
    projectId: z.string().uuid().optional().openapi({ description: "The project insured: without sumInsuredFen, the sum insured is its expected credits over the term × the series' reference price." }),
    sumInsuredFen: model.sumInsuredFen.optional().openapi({ description: 'Required without a project.' }),
    series: z.enum(CARBON_PRICE_SERIES).default('CEA'),
    trigger: model.trigger,
    loadingPercent: model.loadingPercent,
    termYears: model.termYears,
    risks: reversalRiskSchema.default({ typhoonEventsPerYear: 0.133, typhoonLossPercent: 6.1, diebackEventsPerYear: 0.1, diebackLossPercent: 10 }),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (!body.projectId && body.sumInsuredFen === undefined) {
      ctx.addIssue({ code: 'custom', path: ['sumInsuredFen'], message: 'Give a sum insured or a projectId', params: { zh: '请提供保险金额或 projectId' } })
    }
  })
  .openapi('InsuranceQuoteRequest')

export const insuranceQuoteSchema = z
  .object({
    indicative: z.literal(true),
    label: z.object({ en: z.string(), zh: z.string() }),
    trigger: model.trigger,
    sumInsuredFen: z.number().int(),
    sumInsuredBasis: z.record(z.string(), z.unknown()),
    expectedAnnualLossFen: z.number().int(),
    annualPremiumFen: z.number().int(),
    termPremiumFen: z.number().int(),
    rateOnLinePercent: z.number(),
    formula: z.string(),
    sources: z.array(z.object({ id: z.string(), document: z.string(), locator: z.string().optional(), url: z.string().optional(), status: z.string() })),
  })
  .openapi('InsuranceQuote')

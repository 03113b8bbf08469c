import { createRoute } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import { quoteInsurance } from '../../../methodologies/collateral/index.ts'
import type { AppEnv } from '../../app-env.ts'
import { requireRole } from '../../auth/authorize.ts'
import { collateralProject } from '../../collateral/collateral-access.ts'
import { projectVintages } from '../../collateral/project-vintages.ts'
import { latestReferencePrice } from '../../db/queries/carbon-prices.ts'
import { ApiError } from '../../errors/api-error.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { insuranceQuoteRequestSchema, insuranceQuoteSchema } from './schema.ts'

const route = createRoute({
  method: 'post',
  path: '/quotes',
  operationId: 'createInsuranceQuote',
  tags: ['Insurance'],
  summary: 'Indicative carbon-sink insurance premium (碳汇保险) from the typhoon and dieback reversal model',
  description:
    "Bank role, an owner for its own organisation's project, or an admin. `typhoon_index` prices a parametric cover paying the typhoon loss share per triggering typhoon; `area_loss` an indemnity for the stock share lost to typhoon or dieback. Premium = expected annual loss × (1 + loading). Labelled indicative: not an insurer's offer. Nothing is stored.",
  request: { body: { required: true, content: { 'application/json': { schema: insuranceQuoteRequestSchema } } } },
  responses: {
    200: { description: 'The indicative quote', content: { 'application/json': { schema: insuranceQuoteSchema } } },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerCreateInsuranceQuote(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireRole(c, 'bank', 'owner', 'admin')
    const body = c.req.valid('json')
    const { sql, now } = c.var.services
    const locale = c.get('locale')
    let sumInsuredFen = body.sumInsuredFen
    let sumInsuredBasis: Record<string, unknown> = { source: 'request' }
    if (body.projectId) {
      const project = await collateralProject(sql, user, body.projectId)
      if (sumInsuredFen === undefined) {
        const vintages = await projectVintages(sql, project.id)
        const firstYear = now().getUTCFullYear()
        let creditsTco2e = 0
        for (let y = firstYear; y < firstYear + body.termYears; y++) creditsTco2e += vintages.byYear.get(y) ?? 0
        const price = await latestReferencePrice(sql, body.series)
        // numeric(12, 2) price × tonnes → fen, rounded once at the end.
        sumInsuredFen = price ? Math.round(creditsTco2e * Number(price.priceCnyPerTco2e) * 100) : 0
        sumInsuredBasis = {
          source: 'project-estimates',
          projectId: project.id,
          estimateIds: vintages.estimateIds,
          creditsTco2e,
          years: { from: firstYear, to: firstYear + body.termYears - 1 },
          price: price ? { series: body.series, priceCnyPerTco2e: price.priceCnyPerTco2e, periodEnd: price.periodEnd, sourceUrl: price.sourceUrl } : null,
        }
        if (!(sumInsuredFen >= 1)) {
          const message = locale === 'zh' ? '项目在保险期内没有预计减排量：请提供保险金额' : 'The project has no expected credits in the term: give sumInsuredFen'
          throw new ApiError('validation_failed', { params: { count: 1 }, errors: [{ path: 'sumInsuredFen', code: 'required', message }] })
        }
      }
    }
    const quote = quoteInsurance({ trigger: body.trigger, sumInsuredFen: sumInsuredFen!, loadingPercent: body.loadingPercent, termYears: body.termYears, risks: body.risks })
    return c.json({ ...quote, sumInsuredFen: sumInsuredFen!, sumInsuredBasis }, 200)
  })
}

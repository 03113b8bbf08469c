import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { getMethodology } from '../../../methodologies/index.ts'
import { requireUser } from '../../auth/authorize.ts'
import { insertEstimate } from '../../db/queries/estimates.ts'
import type { SiteWithProjectRow } from '../../db/queries/sites.ts'
import { assertStorable } from '../../shared/numeric-column.ts'
import { ApiError } from '../../errors/api-error.ts'
import { estimateContentHash, headlineTco2e, runEstimate } from '../../estimates/run-estimate.ts'
import { toSavedEstimate } from '../../estimates/saved-estimate.ts'
import { drawnGeometryAreaHa } from '../../geo/drawn-geometry.ts'
import { saveAnalysis } from '../../sites/save-analysis.ts'
import { analysableSite } from '../../sites/site-access.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { estimateRequestSchema, estimateResultSchema, savedEstimateSchema } from './schema.ts'

const route = createRoute({
  method: 'post',
  path: '/',
  tags: ['Estimates'],
  summary: 'Run a methodology: ex-ante credits per year after deductions (optionally saved against a site)',
  description:
    'Anyone may compute; `siteId` needs read access to the site and `save: true` needs the owner role of its organisation. Unknown methodology → 404; params failing the methodology schema → 400 with `params.*` field paths.',
  request: { body: { required: true, content: { 'application/json': { schema: estimateRequestSchema } } } },
  responses: {
    200: { description: 'The result (not saved)', content: { 'application/json': { schema: estimateResultSchema } } },
    201: {
      description: 'The result, saved',
      content: { 'application/json': { schema: z.object({ estimate: savedEstimateSchema, result: estimateResultSchema }) } },
    },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerCreateEstimate(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const body = c.req.valid('json')
    const { sql, now } = c.var.services
    const methodology = getMethodology(body.methodology)
    if (!methodology) throw new ApiError('methodology_not_found', { params: { id: body.methodology } })

    let areaHa = body.areaHa
    let site: SiteWithProjectRow | undefined
    if (body.siteId) {
      site = await analysableSite(sql, requireUser(c), body.siteId, { save: body.save })
      areaHa = Number(site.areaHa)
    } else if (body.geometry) {
      areaHa = drawnGeometryAreaHa(body.geometry, c.var.services.config, c.get('locale'))
    }

    const run = runEstimate(methodology, body.params, { areaHa, locale: c.get('locale') })
    if (!run.ok) throw new ApiError('validation_failed', { params: { count: run.errors.length }, errors: run.errors })

    if (!body.save || !site) return c.json(run.result, 200)

    const user = requireUser(c)
    const contentHash = estimateContentHash(methodology, run.inputs, run.result)
    const headline = headlineTco2e(run.result)
    // estimates.total_net_credits_tco2e is numeric(16, 3) (migration 00004).
    if (headline !== null) assertStorable([{ value: headline, column: { precision: 16, scale: 3 }, label: 'totalNetCreditsTco2e' }], 'params', c.get('locale'))
    const row = await saveAnalysis(sql, { user, siteId: site.id, at: now(), kind: 'estimate', methodology, contentHash }, (tx) =>
      insertEstimate(tx, {
        siteId: site.id,
        methodologyId: methodology.id,
        methodologyVersion: methodology.version,
        inputs: run.inputs,
        outputs: run.result,
        contentHash,
        areaHa: site.areaHa,
        totalNetCreditsTco2e: headline === null ? null : headline.toFixed(3),
        createdBy: user.id,
      }),
    )
    return c.json({ estimate: toSavedEstimate(row), result: run.result }, 201)
  })
}

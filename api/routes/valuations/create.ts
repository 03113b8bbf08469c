import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { listSiteEstimates } from '../../db/queries/estimates.ts'
import type { SiteWithProjectRow } from '../../db/queries/sites.ts'
import { insertValuation } from '../../db/queries/valuations.ts'
import { assertStorable } from '../../shared/numeric-column.ts'
import { ApiError } from '../../errors/api-error.ts'
import { estimateContentHash } from '../../estimates/run-estimate.ts'
import { drawnGeometryAreaHa } from '../../geo/drawn-geometry.ts'
import { saveAnalysis } from '../../sites/save-analysis.ts'
import { analysableSite } from '../../sites/site-access.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { valuationBasisSchema, type CarbonBasis, type ValuationBasis } from '../../valuations/basis.schema.ts'
import { carbonFromEstimate, type CarbonYear } from '../../valuations/carbon-from-estimate.ts'
import { resolveCarbonPrice } from '../../valuations/resolve-carbon-price.ts'
import { runValuation } from '../../valuations/run-valuation.ts'
import { savedValuationSchema, toSavedValuation } from '../../valuations/saved-valuation.ts'
import { valuationRequestSchema, valuationResultSchema } from './schema.ts'

const inputsSchema = z.record(z.string(), z.unknown()).openapi({ description: 'The exact model inputs, defaults and server-filled values included.' })
const runSchema = z.object({ result: valuationResultSchema, inputs: inputsSchema, basis: valuationBasisSchema })

const route = createRoute({
  method: 'post',
  path: '/',
  tags: ['Valuations'],
  summary: 'Value the ecosystem products (GEP) of a site: breakdown by service, totals per year, NPV and sensitivity',
  description:
    "Anyone may value a drawn geometry; `siteId` needs read access to the site and `save: true` the owner role of its organisation. With a site, the area is the site's geodesic area and carbon sequestration per year is its latest saved estimate's gross removals minus project emissions; without a saved area-based estimate the carbon row is `needs-input`. A `carbonPrice.series` resolves to its seeded reference price with the source URL. Params failing the model's schema → 400 with `params.*` field paths.",
  request: { body: { required: true, content: { 'application/json': { schema: valuationRequestSchema } } } },
  responses: {
    200: { description: 'The valuation (not saved)', content: { 'application/json': { schema: runSchema } } },
    201: {
      description: 'The valuation, saved',
      content: { 'application/json': { schema: runSchema.extend({ valuation: savedValuationSchema }) } },
    },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerCreateValuation(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const body = c.req.valid('json')
    const { sql, now } = c.var.services

    let site: SiteWithProjectRow | undefined
    let areaHa: number
    let carbon: { byYear: CarbonYear[] | null; basis: CarbonBasis } = { byYear: null, basis: { status: 'no-site' } }
    if (body.siteId) {
      site = await analysableSite(sql, requireUser(c), body.siteId, { save: body.save })
      areaHa = Number(site.areaHa)
      const [latest] = await listSiteEstimates(sql, site.id, 1)
      carbon = carbonFromEstimate(latest)
    } else {
      areaHa = drawnGeometryAreaHa(body.geometry, c.var.services.config, c.get('locale'))
    }

    const price = await resolveCarbonPrice(sql, body.carbonPrice)
    if (!price) {
      const series = String(body.carbonPrice.series)
      const message = c.get('locale') === 'zh' ? `价格序列 ${series} 尚无参考价格` : `No reference price is seeded for series ${series}`
      throw new ApiError('validation_failed', { params: { count: 1 }, errors: [{ path: 'carbonPrice.series', code: 'no_reference_price', message }] })
    }

    const run = runValuation(
      body.params,
      { ecosystem: body.ecosystem, areaHa, carbonPrice: price.input, carbonSequestrationByYear: carbon.byYear },
      { locale: c.get('locale'), areaSource: body.siteId ? 'siteId' : 'geometry' },
    )
    if (!run.ok) throw new ApiError('validation_failed', { params: { count: run.errors.length }, errors: run.errors })

    const basis: ValuationBasis = {
      area: { source: body.siteId ? 'site' : 'geometry', areaHa },
      carbon: carbon.basis,
      carbonPrice: price.basis,
    }
    if (!body.save || !site) return c.json({ result: run.result, inputs: run.inputs, basis }, 200)

    const user = requireUser(c)
    // site_valuations.npv_cny and total_cny_per_year are numeric(20, 2) (migration 00006).
    const money = { precision: 20, scale: 2 }
    assertStorable(
      [
        { value: run.result.npvCny, column: money, label: 'npvCny' },
        { value: run.result.totalCnyPerYear, column: money, label: 'totalCnyPerYear' },
      ],
      'params',
      c.get('locale'),
    )
    const methodology = run.result.methodology
    const contentHash = estimateContentHash(methodology, run.inputs, run.result)
    const row = await saveAnalysis(sql, { user, siteId: site.id, at: now(), kind: 'valuation', methodology, contentHash }, (tx) =>
      insertValuation(tx, {
        siteId: site.id,
        methodologyId: methodology.id,
        methodologyVersion: methodology.version,
        ecosystem: body.ecosystem,
        estimateId: carbon.basis.status === 'estimate' ? carbon.basis.estimateId : null,
        carbonPriceSeries: body.carbonPrice.series ?? null,
        inputs: run.inputs,
        outputs: run.result,
        basis,
        contentHash,
        npvCny: run.result.npvCny.toFixed(2),
        totalCnyPerYear: run.result.totalCnyPerYear.toFixed(2),
        createdBy: user.id,
      }),
    )
    return c.json({ valuation: toSavedValuation(row), result: run.result, inputs: run.inputs, basis }, 201)
  })
}

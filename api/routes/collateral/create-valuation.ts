import { createHash } from 'node:crypto'
import { createRoute } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import { COLLATERAL_MODEL, collateralInputSchema } from '../../../methodologies/collateral/index.ts'
import type { AppEnv } from '../../app-env.ts'
import { requireRole } from '../../auth/authorize.ts'
import { collateralProject } from '../../collateral/collateral-access.ts'
import { resolvePriceModel } from '../../collateral/price-model.ts'
import { projectVintages } from '../../collateral/project-vintages.ts'
import { computeCollateralChunked } from '../../collateral/run-chunked.ts'
import { appendAuditEvent } from '../../db/queries/audit-events.ts'
import { insertCollateralValuation } from '../../db/queries/collateral-valuations.ts'
import { ApiError, type FieldError } from '../../errors/api-error.ts'
import { localizeIssues } from '../../errors/zod-issues.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { canonicalJson } from '../../shared/canonical-json.ts'
import { collateralRunSchema, collateralValuationRequestSchema, savedCollateralValuationSchema } from './schema.ts'

const route = createRoute({
  method: 'post',
  path: '/valuations',
  operationId: 'createCollateralValuation',
  tags: ['Collateral'],
  summary: 'Value carbon-sink collateral by Monte Carlo: expected value, P5/P50/P95, VaR95, expected shortfall, haircut, maximum loan, risk drivers',
  description:
    "Bank role, an owner for its own organisation's project, or an admin (others 403; a project the caller may not see 404). Price paths follow a GBM whose drift and volatility are estimated from the seeded series (estimate, window and method in `basis.price`; each overridable); future vintages come from the project's latest saved estimates (or `futureCreditsTco2e` without a project); issued units are given as `units` until the units ledger is connected. Typhoon and dieback reversals are Poisson events with sourced loss shares; the buffer absorbs them first. Same inputs and seed, same numbers. `save: true` stores it with its inputs hash (201).",
  request: { body: { required: true, content: { 'application/json': { schema: collateralValuationRequestSchema } } } },
  responses: {
    200: { description: 'The valuation (not saved)', content: { 'application/json': { schema: collateralRunSchema } } },
    201: { description: 'The valuation, saved', content: { 'application/json': { schema: collateralRunSchema.extend({ valuation: savedCollateralValuationSchema }) } } },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

function fieldError(path: string, code: string, en: string, zh: string, locale: string): FieldError {
  return { path, code, message: locale === 'zh' ? zh : en }
}

export function registerCreateCollateralValuation(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireRole(c, 'bank', 'owner', 'admin')
    const body = c.req.valid('json')
    const { sql, now, config } = c.var.services
    const locale = c.get('locale')

    if (body.paths > config.maxMcPaths) {
      const e = fieldError('paths', 'too_big', `At most ${config.maxMcPaths} paths`, `路径数最多 ${config.maxMcPaths}`, locale)
      throw new ApiError('validation_failed', { params: { count: 1 }, errors: [e] })
    }

    const project = body.projectId ? await collateralProject(sql, user, body.projectId) : undefined
    const firstYear = now().getUTCFullYear()
    let futureCreditsTco2e = body.futureCreditsTco2e ?? []
    let creditsBasis: Record<string, unknown> = { source: 'request' }
    if (project) {
      const vintages = await projectVintages(sql, project.id)
      const lastYear = firstYear + body.termYears - 1
      const chosen = body.futureVintages ?? Array.from({ length: body.termYears }, (_, i) => firstYear + i)
      const outside = chosen.flatMap((year, i) => (year < firstYear || year > lastYear ? [i] : []))
      if (outside.length > 0) {
        const errors = outside.map((i) =>
          fieldError(`futureVintages.${i}`, 'outside_term', `Vintage outside the term ${firstYear}–${lastYear}`, `年份不在贷款期 ${firstYear}–${lastYear} 内`, locale),
        )
        throw new ApiError('validation_failed', { params: { count: errors.length }, errors })
      }
      const pledged = new Set(chosen)
      futureCreditsTco2e = Array.from({ length: body.termYears }, (_, i) => (pledged.has(firstYear + i) ? (vintages.byYear.get(firstYear + i) ?? 0) : 0))
      creditsBasis = {
        source: 'project-estimates',
        projectId: project.id,
        estimateIds: vintages.estimateIds,
        sitesWithoutEstimate: vintages.sitesWithoutEstimate,
        vintages: chosen.map((year) => ({ year, expectedTco2e: vintages.byYear.get(year) ?? 0 })),
      }
    }

    const price = await resolvePriceModel(sql, body.price)
    if (!price.model) {
      const errors = price.missing.map((k) =>
        fieldError(`price.${k}`, 'required', `Series ${body.price.series} cannot be calibrated: give ${k}`, `序列 ${body.price.series} 无法估计参数，请提供 ${k}`, locale),
      )
      throw new ApiError('validation_failed', { params: { count: errors.length }, errors })
    }

    const parsed = collateralInputSchema.safeParse({
      termYears: body.termYears,
      discountRatePercent: body.discountRatePercent,
      ltvPercent: body.ltvPercent,
      issuedUnitsTco2e: body.units ?? 0,
      futureCreditsTco2e,
      price: price.model,
      deliveryMeanRatio: body.deliveryMeanRatio,
      deliverySdRatio: body.deliverySdRatio,
      risks: body.risks,
      bufferPercent: body.bufferPercent,
      ...(body.bufferTco2e !== undefined ? { bufferTco2e: body.bufferTco2e } : {}),
      paths: body.paths,
      seed: body.seed,
    })
    if (!parsed.success) {
      const errors = localizeIssues(parsed.error.issues, locale)
      throw new ApiError('validation_failed', { params: { count: errors.length }, errors })
    }
    const inputs = parsed.data
    const result = await computeCollateralChunked(inputs)
    const basis = { price: price.basis, credits: creditsBasis, firstTermYear: firstYear, units: { source: 'request' } }
    if (!body.save) return c.json({ result, inputs, basis }, 200)

    const modelRef = { id: COLLATERAL_MODEL.id, version: COLLATERAL_MODEL.version }
    const inputsHash = createHash('sha256').update(canonicalJson({ model: modelRef, inputs })).digest('hex')
    const contentHash = createHash('sha256').update(canonicalJson({ model: modelRef, inputs, outputs: result })).digest('hex')
    const at = now()
    const row = await sql.begin(async (tx) => {
      const inserted = await insertCollateralValuation(tx, {
        organisationId: user.organisationId,
        projectId: project?.id ?? null,
        modelId: modelRef.id,
        modelVersion: modelRef.version,
        inputs,
        outputs: result,
        basis,
        inputsHash,
        contentHash,
        expectedValueFen: result.expectedValueFen,
        maxLoanFen: result.maxLoanFen,
        createdBy: user.id,
      })
      await appendAuditEvent(
        tx,
        {
          actorUserId: user.id,
          action: 'collateral-valuation.save',
          subjectType: project ? 'project' : 'organisation',
          subjectId: project?.id ?? user.organisationId,
          payload: { collateralValuationId: inserted.id, model: modelRef.id, version: modelRef.version, inputsHash, contentHash },
        },
        at,
      )
      return inserted
    })
    const valuation = { id: row.id, projectId: row.projectId, model: modelRef, inputsHash, contentHash, createdAt: row.createdAt.toISOString() }
    return c.json({ valuation, result, inputs, basis }, 201)
  })
}

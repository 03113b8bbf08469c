import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { getMethodology } from '../../../methodologies/index.ts'
import { requireUser } from '../../auth/authorize.ts'
import { ApiError } from '../../errors/api-error.ts'
import { loadReadableEstimate } from '../../estimates/estimate-access.ts'
import { estimateContentHash, runEstimate } from '../../estimates/run-estimate.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { estimateResultSchema } from './schema.ts'

const rerunSchema = z
  .object({
    identical: z.boolean().openapi({ description: 'True when the re-run reproduced the stored content hash exactly.' }),
    storedContentHash: z.string(),
    contentHash: z.string(),
    storedVersion: z.string(),
    currentVersion: z.string(),
    result: estimateResultSchema,
  })
  .openapi('EstimateRerun')

const route = createRoute({
  method: 'post',
  path: '/{estimateId}/rerun',
  tags: ['Estimates'],
  summary: 'Re-run a saved estimate from its stored inputs and compare the content hash (reproducibility check)',
  request: { params: z.object({ estimateId: z.string().uuid() }) },
  responses: {
    200: { description: 'Re-run result', content: { 'application/json': { schema: rerunSchema } } },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerRerunEstimate(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const row = await loadReadableEstimate(c.var.services.sql, requireUser(c), c.req.valid('param').estimateId)
    const methodology = getMethodology(row.methodologyId)
    if (!methodology) throw new ApiError('methodology_not_found', { params: { id: row.methodologyId } })
    const run = runEstimate(methodology, row.inputs, { locale: c.get('locale') })
    // Stored inputs passed this methodology's schema when saved; failing now means the spec changed.
    if (!run.ok) throw new ApiError('conflict', { params: { en: `The stored inputs no longer satisfy ${methodology.id} ${methodology.version}.`, zh: `已保存的输入不再符合 ${methodology.id} ${methodology.version} 的要求。` } })
    const contentHash = estimateContentHash(methodology, run.inputs, run.result)
    return c.json(
      {
        identical: contentHash === row.contentHash,
        storedContentHash: row.contentHash,
        contentHash,
        storedVersion: row.methodologyVersion,
        currentVersion: methodology.version,
        result: run.result,
      },
      200,
    )
  })
}

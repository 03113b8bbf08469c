import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { loadReadableEstimate } from '../../estimates/estimate-access.ts'
import { toSavedEstimate } from '../../estimates/saved-estimate.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { estimateResultSchema, savedEstimateSchema } from './schema.ts'

const route = createRoute({
  method: 'get',
  path: '/{estimateId}',
  tags: ['Estimates'],
  summary: 'A saved estimate with the exact inputs (defaults filled in) and outputs',
  request: { params: z.object({ estimateId: z.string().uuid() }) },
  responses: {
    200: {
      description: 'The saved estimate',
      content: { 'application/json': { schema: z.object({ estimate: savedEstimateSchema, inputs: z.record(z.string(), z.unknown()), result: estimateResultSchema }) } },
    },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerGetEstimate(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const row = await loadReadableEstimate(c.var.services.sql, requireUser(c), c.req.valid('param').estimateId)
    return c.json({ estimate: toSavedEstimate(row), inputs: row.inputs, result: row.outputs }, 200)
  })
}

import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { CollateralOutput } from '../../../methodologies/collateral/index.ts'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { findCollateralValuation } from '../../db/queries/collateral-valuations.ts'
import { ApiError } from '../../errors/api-error.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { collateralRunSchema, savedCollateralValuationSchema } from './schema.ts'

const route = createRoute({
  method: 'get',
  path: '/valuations/{collateralValuationId}',
  operationId: 'getCollateralValuation',
  tags: ['Collateral'],
  summary: 'A saved collateral valuation with its exact inputs, outputs, basis and inputs hash',
  description: 'Readable by the organisation that saved it (and admins); anyone else gets 404, as for a missing one.',
  request: { params: z.object({ collateralValuationId: z.string().uuid() }) },
  responses: {
    200: { description: 'The saved valuation', content: { 'application/json': { schema: collateralRunSchema.extend({ valuation: savedCollateralValuationSchema }) } } },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerGetCollateralValuation(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const row = await findCollateralValuation(c.var.services.sql, c.req.valid('param').collateralValuationId)
    if (!row || (row.organisationId !== user.organisationId && !user.roles.includes('admin'))) {
      throw new ApiError('not_found', { params: { resource: 'collateral valuation', resourceZh: '抵质押品估值' } })
    }
    const valuation = {
      id: row.id,
      projectId: row.projectId,
      model: { id: row.modelId, version: row.modelVersion },
      inputsHash: row.inputsHash,
      contentHash: row.contentHash,
      createdAt: row.createdAt.toISOString(),
    }
    // Stored by POST /collateral/valuations from the validated model output.
    return c.json({ valuation, inputs: row.inputs, result: row.outputs as CollateralOutput, basis: row.basis }, 200)
  })
}

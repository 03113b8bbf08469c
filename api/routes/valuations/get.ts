import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { valuationBasisSchema, type ValuationBasis } from '../../valuations/basis.schema.ts'
import { loadReadableValuation } from '../../valuations/valuation-access.ts'
import { savedValuationSchema, toSavedValuation } from '../../valuations/saved-valuation.ts'
import type { GepOutput } from '../../../methodologies/gep/output.schema.ts'
import { valuationResultSchema } from './schema.ts'

const route = createRoute({
  method: 'get',
  path: '/{valuationId}',
  tags: ['Valuations'],
  summary: 'A saved valuation with the exact inputs (defaults and server-filled values included), outputs and basis',
  request: { params: z.object({ valuationId: z.string().uuid() }) },
  responses: {
    200: {
      description: 'The saved valuation',
      content: {
        'application/json': {
          schema: z.object({
            valuation: savedValuationSchema,
            inputs: z.record(z.string(), z.unknown()),
            result: valuationResultSchema,
            basis: valuationBasisSchema,
          }),
        },
      },
    },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerGetValuation(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const row = await loadReadableValuation(c.var.services.sql, requireUser(c), c.req.valid('param').valuationId)
    // Stored by POST /valuations from validated model output and basis.
    const result = row.outputs as GepOutput
    const basis = row.basis as ValuationBasis
    return c.json({ valuation: toSavedValuation(row), inputs: row.inputs, result, basis }, 200)
  })
}

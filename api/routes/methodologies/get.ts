import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import { z as zod } from 'zod'
import type { AppEnv } from '../../app-env.ts'
import { getMethodology } from '../../../methodologies/index.ts'
import { ApiError } from '../../errors/api-error.ts'
import { commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { methodologyDetailSchema, summarise } from './schema.ts'

const route = createRoute({
  method: 'get',
  path: '/{id}',
  tags: ['Methodologies'],
  summary: 'One methodology with the JSON Schema of its inputs (units, defaults, sources) and outputs',
  request: { params: z.object({ id: z.string().max(100).openapi({ example: 'mangrove-afforestation' }) }) },
  responses: {
    200: { description: 'The methodology', content: { 'application/json': { schema: methodologyDetailSchema } } },
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerGetMethodology(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, (c) => {
    const { id } = c.req.valid('param')
    const m = getMethodology(id)
    if (!m) throw new ApiError('methodology_not_found', { params: { id } })
    return c.json(
      {
        ...summarise(m),
        // `io: 'input'` documents what a client may send: fields with defaults are optional.
        inputSchema: zod.toJSONSchema(m.input, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
        outputSchema: zod.toJSONSchema(m.output, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>,
      },
      200,
    )
  })
}

import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { methodologies } from '../../../methodologies/index.ts'
import { commonProblems } from '../../http/problem-responses.ts'
import { methodologySummarySchema, summarise } from './schema.ts'

const route = createRoute({
  method: 'get',
  path: '/',
  tags: ['Methodologies'],
  summary: 'All methodologies with id, version, sink type and references',
  responses: {
    200: { description: 'Methodologies', content: { 'application/json': { schema: z.object({ methodologies: z.array(methodologySummarySchema) }) } } },
    ...commonProblems,
  },
})

export function registerListMethodologies(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, (c) => c.json({ methodologies: methodologies.map(summarise) }, 200))
}

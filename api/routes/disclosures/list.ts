import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { listDisclosures } from '../../db/queries/disclosures.ts'
import { commonProblems } from '../../http/problem-responses.ts'
import { disclosureSchema, toDisclosureResponse } from './schema.ts'

const query = z
  .object({
    limit: z.coerce.number().int().min(1).max(50).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()

const route = createRoute({
  method: 'get',
  path: '/',
  tags: ['Disclosures'],
  operationId: 'listPublicDisclosures',
  summary: 'Public disclosures (公示) of approved projects; no sign-in needed',
  description: 'Newest first: the project, its owner organisation, methodology, sites as GeoJSON, the estimate summary, the period (working days) and its status, and how many comments and open objections it has.',
  request: { query },
  responses: {
    200: {
      description: 'A page of disclosures',
      content: { 'application/json': { schema: z.object({ items: z.array(disclosureSchema), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }) } },
    },
    ...commonProblems,
  },
})

export function registerListDisclosures(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const { limit, offset } = c.req.valid('query')
    const { sql, now } = c.var.services
    const at = now()
    const page = await listDisclosures(sql, { limit, offset })
    const items = []
    for (const row of page.rows) items.push(await toDisclosureResponse(sql, row, at))
    return c.json({ items, total: page.total, limit, offset }, 200)
  })
}

import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { listSiteEstimates } from '../../db/queries/estimates.ts'
import { toSavedEstimate } from '../../estimates/saved-estimate.ts'
import { readableSite } from '../../sites/site-access.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { siteResultsQuery } from '../../http/site-results-query.ts'
import { savedEstimateSchema } from './schema.ts'

const route = createRoute({
  method: 'get',
  path: '/',
  tags: ['Estimates'],
  summary: "A site's saved estimates, newest first",
  request: { query: siteResultsQuery },
  responses: {
    200: { description: 'Saved estimates', content: { 'application/json': { schema: z.object({ estimates: z.array(savedEstimateSchema) }) } } },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerListEstimates(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { siteId, limit } = c.req.valid('query')
    const { sql } = c.var.services
    await readableSite(sql, user, siteId)
    const rows = await listSiteEstimates(sql, siteId, limit)
    return c.json({ estimates: rows.map(toSavedEstimate) }, 200)
  })
}

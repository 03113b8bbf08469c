import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { listSiteValuations } from '../../db/queries/valuations.ts'
import { readableSite } from '../../sites/site-access.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { siteResultsQuery } from '../../http/site-results-query.ts'
import { savedValuationSchema, toSavedValuation } from '../../valuations/saved-valuation.ts'

const route = createRoute({
  method: 'get',
  path: '/',
  tags: ['Valuations'],
  summary: "A site's saved valuations, newest first",
  request: { query: siteResultsQuery },
  responses: {
    200: { description: 'Saved valuations', content: { 'application/json': { schema: z.object({ valuations: z.array(savedValuationSchema) }) } } },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerListValuations(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { siteId, limit } = c.req.valid('query')
    const { sql } = c.var.services
    await readableSite(sql, user, siteId)
    const rows = await listSiteValuations(sql, siteId, limit)
    return c.json({ valuations: rows.map(toSavedValuation) }, 200)
  })
}

import { createRoute } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { listStrata } from '../../db/queries/site-strata.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { readableSite } from '../../sites/site-access.ts'
import { siteIdParam, siteSchema } from './schema.ts'
import { toSiteResponse } from '../../sites/site-response.ts'

const route = createRoute({
  method: 'get',
  path: '/{siteId}',
  tags: ['Sites'],
  summary: 'One site with its strata and geodesic area',
  request: { params: siteIdParam },
  responses: {
    200: { description: 'The site', content: { 'application/json': { schema: siteSchema } } },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerGetSite(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { sql } = c.var.services
    const site = await readableSite(sql, user, c.req.valid('param').siteId)
    return c.json(toSiteResponse(site, await listStrata(sql, [site.id])), 200)
  })
}

import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { listStrata } from '../../db/queries/site-strata.ts'
import { listProjectSites } from '../../db/queries/sites.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { siteSchema } from '../sites/schema.ts'
import { toSiteResponse } from '../../sites/site-response.ts'
import { readableProject } from '../../projects/project-access.ts'
import { projectIdParam } from './schema.ts'

const route = createRoute({
  method: 'get',
  path: '/{projectId}/sites',
  tags: ['Sites'],
  summary: 'Sites of a project with their strata and geodesic areas',
  request: { params: projectIdParam },
  responses: {
    200: { description: 'The sites, oldest first', content: { 'application/json': { schema: z.object({ items: z.array(siteSchema) }) } } },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerListSites(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { sql } = c.var.services
    const project = await readableProject(sql, user, c.req.valid('param').projectId)
    const sites = await listProjectSites(sql, project.id)
    const strata = await listStrata(sql, sites.map((s) => s.id))
    return c.json({ items: sites.map((s) => toSiteResponse(s, strata)) }, 200)
  })
}

import { createRoute } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { ApiError } from '../../errors/api-error.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { blockTotals, listBlocks } from '../../ledger/unit-listing.ts'
import { readableProject } from '../../projects/project-access.ts'
import { projectIdParam } from '../projects/schema.ts'
import { projectUnitsQuery, unitListingSchema } from './schema.ts'

const route = createRoute({
  method: 'get',
  path: '/projects/{projectId}/units',
  tags: ['Registry'],
  operationId: 'listProjectUnits',
  summary: 'Every serial block of a project, whoever holds it (owner, reviewer, admin)',
  request: { params: projectIdParam, query: projectUnitsQuery },
  responses: {
    200: { description: 'Totals and blocks', content: { 'application/json': { schema: unitListingSchema } } },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerProjectUnits(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { projectId } = c.req.valid('param')
    const query = c.req.valid('query')
    const { sql } = c.var.services
    const project = await readableProject(sql, user, projectId)
    const allowed =
      user.roles.includes('admin') ||
      user.roles.includes('reviewer') ||
      (user.roles.includes('owner') && user.organisationId === project.organisationId)
    if (!allowed) throw new ApiError('forbidden', { params: { roles: 'owner | reviewer | admin' } })
    const filter = { projectId, vintage: query.vintage, state: query.state }
    const [totals, listing] = [await blockTotals(sql, filter), await listBlocks(sql, filter)]
    return c.json({ totals, ...listing }, 200)
  })
}

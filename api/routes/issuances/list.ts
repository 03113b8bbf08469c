import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { listProjectIssuances, toIssuanceResponse } from '../../issuances/issuance-rows.ts'
import { readableProject } from '../../projects/project-access.ts'
import { projectIdParam } from '../projects/schema.ts'
import { issuanceSchema } from './schema.ts'

const route = createRoute({
  method: 'get',
  path: '/{projectId}/issuances',
  tags: ['Registry'],
  operationId: 'listIssuances',
  summary: 'Issuances of a project, by monitoring period',
  description: 'Visible to whoever may see the project.',
  request: { params: projectIdParam },
  responses: {
    200: { description: 'The issuances', content: { 'application/json': { schema: z.object({ issuances: z.array(issuanceSchema) }) } } },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerListIssuances(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { projectId } = c.req.valid('param')
    const { sql } = c.var.services
    await readableProject(sql, user, projectId)
    const rows = await listProjectIssuances(sql, projectId)
    return c.json({ issuances: rows.map(toIssuanceResponse) }, 200)
  })
}

import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { computeProjectChecks } from '../../checks/compute-project-checks.ts'
import { projectCheckSchema } from '../../checks/project-check.schema.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { readableProject } from '../../projects/project-access.ts'
import { projectIdParam } from '../projects/schema.ts'

const route = createRoute({
  method: 'get',
  path: '/{projectId}/checks',
  tags: ['Review'],
  summary: 'Automated checks of a project, computed fresh (overlap, methodology applicability, documents, estimate reproducibility)',
  description: 'Whoever may read the project (its organisation, reviewers and banks once submitted, admins). Each check is pass, warn or fail with a zh/en message and its evidence.',
  request: { params: projectIdParam },
  responses: {
    200: { description: 'The checks', content: { 'application/json': { schema: z.object({ projectId: z.string().uuid(), checks: z.array(projectCheckSchema) }).openapi('ProjectChecks') } } },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerProjectChecks(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { projectId } = c.req.valid('param')
    await readableProject(c.var.services.sql, user, projectId)
    const checks = await computeProjectChecks(c.var.services, projectId)
    return c.json({ projectId, checks }, 200)
  })
}

import { createRoute } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { readableProject } from '../../projects/project-access.ts'
import { projectIdParam, projectSchema, toProjectResponse } from './schema.ts'

const route = createRoute({
  method: 'get',
  path: '/{projectId}',
  tags: ['Projects'],
  summary: 'One project (another organisation\'s draft answers 404)',
  request: { params: projectIdParam },
  responses: {
    200: { description: 'The project', content: { 'application/json': { schema: projectSchema } } },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerGetProject(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const project = await readableProject(c.var.services.sql, user, c.req.valid('param').projectId)
    return c.json(toProjectResponse(project), 200)
  })
}

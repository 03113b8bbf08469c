import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { listReviewRounds } from '../../db/queries/review-rounds.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { readableProject } from '../../projects/project-access.ts'
import { projectIdParam } from '../projects/schema.ts'
import { reviewRoundSchema, toRoundResponse } from './schema.ts'

const route = createRoute({
  method: 'get',
  path: '/{projectId}/reviews',
  tags: ['Reviews'],
  operationId: 'listReviewRounds',
  summary: 'The review history of a project: every decision, oldest first',
  description: 'Who decided what and when, the reason, the findings raised with the decision and the automated checks stored with it. Readable by whoever may read the project.',
  request: { params: projectIdParam },
  responses: {
    200: { description: 'Review rounds, oldest first', content: { 'application/json': { schema: z.object({ items: z.array(reviewRoundSchema) }) } } },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerReviewHistory(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { sql } = c.var.services
    const project = await readableProject(sql, user, c.req.valid('param').projectId)
    const rounds = await listReviewRounds(sql, project.id)
    return c.json({ items: rounds.map(toRoundResponse) }, 200)
  })
}

import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { listFindings, listReplies } from '../../db/queries/review-findings.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { readableProject } from '../../projects/project-access.ts'
import { projectIdParam } from '../projects/schema.ts'
import { findingSchema, toFindingResponse } from './schema.ts'

const route = createRoute({
  method: 'get',
  path: '/{projectId}/findings',
  tags: ['Reviews'],
  operationId: 'listFindings',
  summary: 'Review findings of a project, each with its thread of replies',
  request: { params: projectIdParam },
  responses: {
    200: { description: 'Findings, oldest first', content: { 'application/json': { schema: z.object({ items: z.array(findingSchema) }) } } },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerListFindings(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { sql } = c.var.services
    const project = await readableProject(sql, user, c.req.valid('param').projectId)
    const findings = await listFindings(sql, project.id)
    const replies = await listReplies(sql, findings.map((f) => f.id))
    return c.json({ items: findings.map((f) => toFindingResponse(f, replies)) }, 200)
  })
}

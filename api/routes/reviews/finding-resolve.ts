import { createRoute } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { appendAuditEvent } from '../../db/queries/audit-events.ts'
import { findFinding, listReplies, resolveFinding } from '../../db/queries/review-findings.ts'
import { ApiError } from '../../errors/api-error.ts'
import { authProblems, commonProblems, conflictProblem, notFoundProblem } from '../../http/problem-responses.ts'
import { lockFindingProject } from '../../reviews/lock-finding-project.ts'
import { assertExchangeReviewer } from '../../reviews/reviewer-access.ts'
import { findingIdParam, findingSchema, toFindingResponse } from './schema.ts'

const route = createRoute({
  method: 'post',
  path: '/{findingId}/resolve',
  tags: ['Reviews'],
  operationId: 'resolveFinding',
  summary: 'Mark a review finding resolved (exchange reviewer)',
  description: 'Already resolved → 409.',
  request: { params: findingIdParam },
  responses: {
    200: { description: 'The resolved finding', content: { 'application/json': { schema: findingSchema } } },
    ...authProblems,
    ...notFoundProblem,
    ...conflictProblem,
    ...commonProblems,
  },
})

export function registerResolveFinding(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { findingId } = c.req.valid('param')
    const { sql, now } = c.var.services
    const at = now()
    await sql.begin(async (tx) => {
      const finding = await lockFindingProject(tx, user, findingId, assertExchangeReviewer)
      if (!(await resolveFinding(tx, findingId, user.id, at))) {
        throw new ApiError('conflict', { params: { en: 'The finding is already resolved.', zh: '该审核意见已处理。' } })
      }
      await appendAuditEvent(tx, { actorUserId: user.id, action: 'finding.resolve', subjectType: 'finding', subjectId: findingId, payload: { projectId: finding.projectId } }, at)
    })
    return c.json(toFindingResponse((await findFinding(sql, findingId))!, await listReplies(sql, [findingId])), 200)
  })
}

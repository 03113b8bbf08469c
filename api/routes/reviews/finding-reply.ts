import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { appendAuditEvent } from '../../db/queries/audit-events.ts'
import { findFinding, insertReply, listReplies } from '../../db/queries/review-findings.ts'
import { ApiError } from '../../errors/api-error.ts'
import { authProblems, commonProblems, conflictProblem, notFoundProblem } from '../../http/problem-responses.ts'
import { lockFindingProject } from '../../reviews/lock-finding-project.ts'
import { assertFindingParticipant } from '../../reviews/reviewer-access.ts'
import { findingIdParam, findingSchema, toFindingResponse } from './schema.ts'

const replyBody = z.object({ text: z.string().trim().min(1).max(4000) }).strict().openapi('FindingReplyRequest')

const route = createRoute({
  method: 'post',
  path: '/{findingId}/replies',
  tags: ['Reviews'],
  operationId: 'replyToFinding',
  summary: 'Reply to a review finding (project owner or exchange reviewer)',
  description: 'A resolved finding takes no more replies (409).',
  request: { params: findingIdParam, body: { required: true, content: { 'application/json': { schema: replyBody } } } },
  responses: {
    201: { description: 'The finding with its whole thread', content: { 'application/json': { schema: findingSchema } } },
    ...authProblems,
    ...notFoundProblem,
    ...conflictProblem,
    ...commonProblems,
  },
})

export function registerReplyToFinding(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { findingId } = c.req.valid('param')
    const { text } = c.req.valid('json')
    const { sql, now } = c.var.services
    const at = now()
    await sql.begin(async (tx) => {
      const finding = await lockFindingProject(tx, user, findingId, assertFindingParticipant)
      if (finding.resolvedAt) throw new ApiError('conflict', { params: { en: 'The finding is resolved; it takes no more replies.', zh: '该审核意见已处理，不能再回复。' } })
      const replyId = await insertReply(tx, { findingId, authorUserId: user.id, body: text }, at)
      await appendAuditEvent(tx, { actorUserId: user.id, action: 'finding.reply', subjectType: 'finding', subjectId: findingId, payload: { replyId, projectId: finding.projectId } }, at)
    })
    const finding = (await findFinding(sql, findingId))!
    return c.json(toFindingResponse(finding, await listReplies(sql, [findingId])), 201)
  })
}

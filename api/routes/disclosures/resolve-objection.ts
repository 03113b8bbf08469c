import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { appendAuditEvent } from '../../db/queries/audit-events.ts'
import { findComment, findDisclosure, resolveObjection } from '../../db/queries/disclosures.ts'
import { ApiError } from '../../errors/api-error.ts'
import { authProblems, commonProblems, conflictProblem, notFoundProblem } from '../../http/problem-responses.ts'
import { lockReviewedProject } from '../../reviews/lock-reviewed-project.ts'
import { assertExchangeReviewer } from '../../reviews/reviewer-access.ts'
import { disclosureCommentSchema, toCommentResponse } from './schema.ts'

const params = z.object({
  disclosureId: z.string().uuid().openapi({ param: { name: 'disclosureId', in: 'path' } }),
  commentId: z.string().uuid().openapi({ param: { name: 'commentId', in: 'path' } }),
})
const resolveBody = z.object({ resolution: z.string().trim().min(1).max(4000) }).strict().openapi('ResolveObjectionRequest')

const route = createRoute({
  method: 'post',
  path: '/{disclosureId}/comments/{commentId}/resolve',
  tags: ['Disclosures'],
  operationId: 'resolveObjection',
  summary: 'Resolve an objection raised during a disclosure (exchange reviewer)',
  description: 'Records how the objection was settled. A plain comment or an objection already resolved → 409.',
  request: { params, body: { required: true, content: { 'application/json': { schema: resolveBody } } } },
  responses: {
    200: { description: 'The resolved objection', content: { 'application/json': { schema: disclosureCommentSchema } } },
    ...authProblems,
    ...notFoundProblem,
    ...conflictProblem,
    ...commonProblems,
  },
})

const NOT_FOUND = { resource: 'comment', resourceZh: '意见' }

export function registerResolveObjection(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { disclosureId, commentId } = c.req.valid('param')
    const { resolution } = c.req.valid('json')
    const { sql, now } = c.var.services
    const at = now()
    await sql.begin(async (tx) => {
      const disclosure = await findDisclosure(tx, disclosureId)
      if (!disclosure || !(await findComment(tx, disclosureId, commentId))) throw new ApiError('not_found', { params: NOT_FOUND })
      await lockReviewedProject(tx, user, disclosure.projectId, assertExchangeReviewer)
      if (!(await resolveObjection(tx, commentId, { userId: user.id, resolution }, at))) {
        throw new ApiError('conflict', { params: { en: 'This comment is not an open objection.', zh: '该意见不是待处理的异议。' } })
      }
      await appendAuditEvent(tx, { actorUserId: user.id, action: 'disclosure.resolve_objection', subjectType: 'disclosure', subjectId: disclosureId, payload: { commentId, projectId: disclosure.projectId } }, at)
    })
    return c.json(toCommentResponse((await findComment(sql, disclosureId, commentId))!), 200)
  })
}

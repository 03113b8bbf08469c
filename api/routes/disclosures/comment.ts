import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { appendAuditEvent } from '../../db/queries/audit-events.ts'
import { findComment, findDisclosure, insertComment } from '../../db/queries/disclosures.ts'
import { lockProject } from '../../db/queries/projects.ts'
import { ApiError } from '../../errors/api-error.ts'
import { authProblems, commonProblems, conflictProblem, notFoundProblem } from '../../http/problem-responses.ts'
import { disclosureStatus } from '../../reviews/disclosure-period.ts'
import { disclosureCommentSchema, disclosureIdParam, toCommentResponse } from './schema.ts'

const commentBody = z
  .object({
    text: z.string().trim().min(1).max(4000),
    objection: z.boolean().default(false).openapi({ description: 'An objection blocks registration until a reviewer resolves it.' }),
  })
  .strict()
  .openapi('DisclosureCommentRequest')

const route = createRoute({
  method: 'post',
  path: '/{disclosureId}/comments',
  tags: ['Disclosures'],
  operationId: 'commentOnDisclosure',
  summary: 'Comment on or object to a public disclosure (any signed-in user)',
  description: 'Accepted while the disclosure is open; after its period ends → 409.',
  request: { params: disclosureIdParam, body: { required: true, content: { 'application/json': { schema: commentBody } } } },
  responses: {
    201: { description: 'The comment', content: { 'application/json': { schema: disclosureCommentSchema } } },
    ...authProblems,
    ...notFoundProblem,
    ...conflictProblem,
    ...commonProblems,
  },
})

const NOT_FOUND = { resource: 'disclosure', resourceZh: '公示' }

export function registerCommentOnDisclosure(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { disclosureId } = c.req.valid('param')
    const body = c.req.valid('json')
    const { sql, now } = c.var.services
    const at = now()
    const commentId = await sql.begin(async (tx) => {
      const found = await findDisclosure(tx, disclosureId)
      if (!found) throw new ApiError('not_found', { params: NOT_FOUND })
      // The project lock orders this objection against a concurrent registration,
      // which checks for open objections under the same lock.
      await lockProject(tx, found.projectId)
      const disclosure = (await findDisclosure(tx, disclosureId))!
      if (disclosureStatus(disclosure, at) !== 'open') {
        throw new ApiError('conflict', { params: { en: `The disclosure period ended at ${disclosure.endsAt.toISOString()}; it takes no more comments.`, zh: `公示期已于 ${disclosure.endsAt.toISOString()} 结束，不再接受意见。` } })
      }
      const id = await insertComment(tx, { disclosureId, authorUserId: user.id, body: body.text, isObjection: body.objection }, at)
      await appendAuditEvent(tx, { actorUserId: user.id, action: body.objection ? 'disclosure.object' : 'disclosure.comment', subjectType: 'disclosure', subjectId: disclosureId, payload: { commentId: id, projectId: disclosure.projectId } }, at)
      return id
    })
    return c.json(toCommentResponse((await findComment(sql, disclosureId, commentId))!), 201)
  })
}

import { createRoute } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { appendAuditEvent } from '../../db/queries/audit-events.ts'
import { findFinding } from '../../db/queries/review-findings.ts'
import { ApiError } from '../../errors/api-error.ts'
import { authProblems, commonProblems, conflictProblem, notFoundProblem } from '../../http/problem-responses.ts'
import { lockReviewedProject } from '../../reviews/lock-reviewed-project.ts'
import { assertTargetsBelong, insertFindings } from '../../reviews/record-findings.ts'
import { FINDING_STATUSES } from '../../reviews/review-actions.ts'
import { assertExchangeReviewer } from '../../reviews/reviewer-access.ts'
import { projectIdParam } from '../projects/schema.ts'
import { findingSchema, newFindingSchema, toFindingResponse } from './schema.ts'

const route = createRoute({
  method: 'post',
  path: '/{projectId}/findings',
  tags: ['Reviews'],
  operationId: 'createFinding',
  summary: 'Raise a review finding outside a decision (exchange reviewer)',
  description: 'While the project is submitted, under review or has changes requested (409 otherwise). The target must be this project, one of its sites or documents (400).',
  request: { params: projectIdParam, body: { required: true, content: { 'application/json': { schema: newFindingSchema } } } },
  responses: {
    201: { description: 'The finding', content: { 'application/json': { schema: findingSchema } } },
    ...authProblems,
    ...notFoundProblem,
    ...conflictProblem,
    ...commonProblems,
  },
})

export function registerCreateFinding(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { projectId } = c.req.valid('param')
    const finding = c.req.valid('json')
    const { sql, now } = c.var.services
    const at = now()
    const id = await sql.begin(async (tx) => {
      const project = await lockReviewedProject(tx, user, projectId, assertExchangeReviewer)
      if (!FINDING_STATUSES.has(project.status)) {
        throw new ApiError('conflict', { params: { en: `Findings can be raised only while a project is in review; this one is ${project.status}.`, zh: `仅可在项目审核期间提出审核意见；当前状态为 ${project.status}。` } })
      }
      await assertTargetsBelong(tx, projectId, [finding], c.get('locale'), () => '')
      const [findingId] = await insertFindings(tx, { projectId, roundId: null, createdBy: user.id, findings: [finding] }, at)
      await appendAuditEvent(tx, { actorUserId: user.id, action: 'finding.create', subjectType: 'finding', subjectId: findingId!, payload: { projectId, target: finding.target } }, at)
      return findingId!
    })
    return c.json(toFindingResponse((await findFinding(sql, id))!, []), 201)
  })
}

import { createRoute } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { listReviewRounds } from '../../db/queries/review-rounds.ts'
import { authProblems, commonProblems, conflictProblem, notFoundProblem } from '../../http/problem-responses.ts'
import { decideReview } from '../../reviews/decide-review.ts'
import { projectIdParam } from '../projects/schema.ts'
import { reviewDecisionBody, reviewDecisionSchema, toRoundResponse } from './schema.ts'

const route = createRoute({
  method: 'post',
  path: '/{projectId}/review',
  tags: ['Reviews'],
  operationId: 'decideReview',
  summary: 'Record a review decision (exchange reviewer)',
  description:
    'Reviewers of an exchange organisation only, never of the project owner\'s organisation (403). Each action is legal from one status (409 `review_action_not_allowed` otherwise, nothing changed). `request_changes` needs ≥1 finding and `reject` a reason (400). Findings must target this project, one of its sites or documents (400). `approve` opens the public disclosure for DISCLOSURE_DAYS working days; `register` is refused with 409 `disclosure_period_open` before it ends and 409 `objection_unresolved` while an objection is open. Every decision is kept as a round (GET …/reviews).',
  request: { params: projectIdParam, body: { required: true, content: { 'application/json': { schema: reviewDecisionBody } } } },
  responses: {
    200: { description: 'The decision, its round and the new status', content: { 'application/json': { schema: reviewDecisionSchema } } },
    ...authProblems,
    ...notFoundProblem,
    ...conflictProblem,
    ...commonProblems,
  },
})

export function registerDecideReview(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { projectId } = c.req.valid('param')
    const decision = c.req.valid('json')
    const { sql, now, config } = c.var.services
    const at = now()
    const result = await sql.begin((tx) =>
      decideReview(tx, { user, projectId, decision, locale: c.get('locale'), disclosureDays: config.disclosureDays, maxOverlapShare: config.maxOverlapShare }, at),
    )
    const round = (await listReviewRounds(sql, projectId)).find((r) => r.id === result.roundId)!
    return c.json({ projectId, status: result.status, round: toRoundResponse(round), disclosureId: result.disclosureId }, 200)
  })
}

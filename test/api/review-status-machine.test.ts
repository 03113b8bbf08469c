import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../../api/db/queries/audit-events.ts'
import { REVIEW_ACTIONS, REVIEW_TRANSITIONS } from '../../api/reviews/review-actions.ts'
import { PROJECT_STATUSES } from '../../api/projects/project-status.ts'
import { actionBody, expectStatus, projectInStatus, projectStatus, review } from '../fixtures/review.ts'
import { createTestContext, loginCookie, tableCounts, type TestContext } from '../support/test-app.ts'

/**
 * Issue 11 item 9: the review state machine over every status × action pair.
 * A legal pair moves a fresh project to the documented status and stores one
 * round and one audit event; an illegal one answers 409
 * `review_action_not_allowed` and changes nothing in any table. Drafts are
 * invisible to reviewers of other organisations, so every action on a draft is
 * the hidden-object 404 rather than 409.
 */
const EXPECTED: Record<string, Partial<Record<string, string>>> = {
  // status → action → status after (absent: illegal)
  draft: {},
  submitted: { start: 'under_review' },
  under_review: { request_changes: 'changes_requested', approve: 'approved', reject: 'rejected' },
  changes_requested: {},
  approved: { register: 'registered' },
  registered: {},
  rejected: {},
}

let ctx: TestContext
let who: { owner: string; reviewer: string }
const shared: Record<string, string> = {}

beforeAll(async () => {
  ctx = await createTestContext()
  who = { owner: await loginCookie(ctx, 'owner@demo.test'), reviewer: await loginCookie(ctx, 'reviewer@demo.test') }
  // One project per status for the illegal pairs: they must leave it as it was.
  for (const status of PROJECT_STATUSES) shared[status] = (await projectInStatus(ctx, who, status, `状态机 ${status}`)).projectId
}, 180_000)
afterAll(async () => ctx?.close())

describe('review status machine: every status × action', () => {
  it('the table above is the machine the API implements (each action legal from exactly one status)', () => {
    for (const action of REVIEW_ACTIONS) {
      const from = PROJECT_STATUSES.filter((s) => EXPECTED[s]![action])
      expect(from).toEqual([REVIEW_TRANSITIONS[action].from])
      expect(EXPECTED[from[0]!]![action]).toBe(REVIEW_TRANSITIONS[action].to)
    }
  })

  for (const status of PROJECT_STATUSES) {
    for (const action of REVIEW_ACTIONS) {
      const after = EXPECTED[status]![action]
      if (after) {
        it(`${status} × ${action} → 200, status ${after}, one round and one audit event`, async () => {
          const { projectId } = await projectInStatus(ctx, who, status, `合法 ${status} ${action}`)
          const [rounds] = await ctx.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM review_rounds WHERE project_id = ${projectId}`
          const body = await expectStatus(await review(ctx, who.reviewer, projectId, actionBody(action, projectId)), 200)
          expect(body.status).toBe(after)
          expect(body.round).toMatchObject({ action, fromStatus: status, toStatus: after })
          // The round keeps the automated checks the reviewer saw: the documents check fails (none uploaded here).
          expect(body.round.checks.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(['overlap', 'methodology_sink_type', 'documents_for_review', 'estimate_reproduces']))
          expect(body.round.checks.find((c: { id: string }) => c.id === 'documents_for_review').status).toBe('fail')
          expect(await projectStatus(ctx, projectId)).toBe(after)
          const [roundsAfter] = await ctx.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM review_rounds WHERE project_id = ${projectId}`
          expect(roundsAfter!.n).toBe(rounds!.n + 1)
          const events = await ctx.sql`SELECT payload FROM audit_events WHERE action = ${`project.review.${action}`} AND subject_id = ${projectId}`
          expect(events).toHaveLength(1)
          expect(events[0]!.payload).toMatchObject({ from: status, to: after, roundId: body.round.id })
        })
      } else {
        const expected = status === 'draft' ? 404 : 409
        it(`${status} × ${action} → ${expected}, nothing changed`, async () => {
          const projectId = shared[status]!
          const before = await tableCounts(ctx.sql)
          const res = await review(ctx, who.reviewer, projectId, actionBody(action, projectId), { 'accept-language': 'zh-CN' })
          expect(res.status).toBe(expected)
          expect(res.headers.get('content-type')).toContain('application/problem+json')
          const problem = await res.json()
          if (expected === 409) {
            expect(problem.code).toBe('review_action_not_allowed')
            expect(problem.title).toBe('审核操作不允许')
            expect(problem.detail).toContain(`“${action}”`)
          } else {
            expect(problem.code).toBe('not_found')
          }
          expect(await projectStatus(ctx, projectId)).toBe(status)
          expect(await tableCounts(ctx.sql)).toEqual(before)
        })
      }
    }
  }

  it('the audit chain verifies after all of it', async () => {
    expect((await verifyAuditChain(ctx.sql)).brokenAt).toBeNull()
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../../api/db/queries/audit-events.ts'
import { jsonInit } from '../fixtures/import/sites.ts'
import { addUser, expectStatus, projectInStatus, projectStatus, review } from '../fixtures/review.ts'
import { createTestContext, loginCookie, type TestContext } from '../support/test-app.ts'

/**
 * Concurrent decisions are settled by the project row lock: of several
 * reviewers deciding the same project at once exactly one wins, the others get
 * 409 and leave no round, disclosure or audit event behind.
 */
let ctx: TestContext
let owner: string
let reviewers: string[]

beforeAll(async () => {
  ctx = await createTestContext({ config: { disclosureDays: 5, sessionTtlHours: 24 * 90 } })
  owner = await loginCookie(ctx, 'owner@demo.test')
  const [exchange] = await ctx.sql<{ id: string }[]>`SELECT id FROM organisations WHERE seed_key = 'demo-exchange'`
  reviewers = [await loginCookie(ctx, 'reviewer@demo.test')]
  for (let i = 1; i < 8; i++) reviewers.push((await addUser(ctx, { organisationId: exchange!.id, email: `reviewer${i}@review.test`, roles: ['reviewer'] })).cookie)
}, 120_000)
afterAll(async () => ctx?.close())

describe('concurrent review decisions', () => {
  it('two reviewers approving at once: one 200, one 409, one round, one disclosure, one audit event', async () => {
    const { projectId } = await projectInStatus(ctx, { owner, reviewer: reviewers[0]! }, 'under_review', '并发批准')
    const responses = await Promise.all(reviewers.slice(0, 2).map((cookie) => review(ctx, cookie, projectId, { action: 'approve' })))
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409])
    const loser = responses.find((r) => r.status === 409)!
    expect((await loser.json()).code).toBe('review_action_not_allowed')
    const [rounds] = await ctx.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM review_rounds WHERE project_id = ${projectId} AND action = 'approve'`
    const [disclosures] = await ctx.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM disclosures WHERE project_id = ${projectId}`
    const [events] = await ctx.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM audit_events WHERE subject_id = ${projectId} AND action = 'project.review.approve'`
    expect([rounds!.n, disclosures!.n, events!.n]).toEqual([1, 1, 1])
    expect(await projectStatus(ctx, projectId)).toBe('approved')
  })

  it('eight reviewers with mixed decisions at once: exactly one decision lands', async () => {
    const { projectId } = await projectInStatus(ctx, { owner, reviewer: reviewers[0]! }, 'under_review', '并发混合决定')
    const bodies = [
      { action: 'approve' },
      { action: 'reject', reason: '不符合方法学适用条件' },
      { action: 'request_changes', findings: [{ target: { type: 'project', id: projectId }, text: '补充材料' }] },
    ]
    const responses = await Promise.all(reviewers.map((cookie, i) => review(ctx, cookie, projectId, bodies[i % bodies.length])))
    const statuses = responses.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(reviewers.length - 1)
    const winner = await responses[statuses.indexOf(200)]!.json()
    const rounds = await ctx.sql<{ action: string }[]>`SELECT action FROM review_rounds WHERE project_id = ${projectId} AND action <> 'start'`
    expect(rounds.map((r) => r.action)).toEqual([winner.round.action])
    expect(await projectStatus(ctx, projectId)).toBe(winner.status)
    const [findings] = await ctx.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM review_findings WHERE project_id = ${projectId}`
    expect(findings!.n).toBe(winner.round.action === 'request_changes' ? 1 : 0)
  })

  it('an objection racing the registration: either the objection lands first and blocks it, or the registration closes the disclosure first', async () => {
    const { projectId } = await projectInStatus(ctx, { owner, reviewer: reviewers[0]! }, 'approved', '并发异议与登记')
    const [d] = await ctx.sql<{ id: string; ends_at: Date }[]>`SELECT id, ends_at FROM disclosures WHERE project_id = ${projectId}`
    // One second before the end: the objection is still accepted, registration would be early.
    ctx.clock.now = new Date(d!.ends_at.getTime() - 1000)
    const objection = await ctx.app.request(`/api/v1/public/disclosures/${d!.id}/comments`, jsonInit('POST', { text: '异议', objection: true }, owner))
    expect(objection.status).toBe(201)
    ctx.clock.now = new Date(d!.ends_at.getTime())
    const [register, resolve] = await Promise.all([
      review(ctx, reviewers[1]!, projectId, { action: 'register' }),
      ctx.app.request(`/api/v1/disclosures/${d!.id}/comments/${(await objection.json()).id}/resolve`, jsonInit('POST', { resolution: '已核实' }, reviewers[2]!)),
    ])
    expect(resolve.status).toBe(200)
    // Registration ran before or after the resolution; never with the objection open and the project registered.
    expect([200, 409]).toContain(register.status)
    if (register.status === 409) expect((await register.json()).code).toBe('objection_unresolved')
    expect(await projectStatus(ctx, projectId)).toBe(register.status === 200 ? 'registered' : 'approved')
    expect((await verifyAuditChain(ctx.sql)).brokenAt).toBeNull()
  })
})

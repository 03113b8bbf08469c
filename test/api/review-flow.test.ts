import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../../api/db/queries/audit-events.ts'
import { jsonInit } from '../fixtures/import/sites.ts'
import { addOrganisation, addUser, draftWithSite, expectStatus, projectStatus, review, submit } from '../fixtures/review.ts'
import { createTestContext, loginCookie, type TestContext } from '../support/test-app.ts'

/**
 * Issue 11 items 3 and 4 end to end: a project goes submit → review →
 * changes requested (findings) → the owner answers and resubmits → approval
 * opens a 20-working-day public disclosure → an objection → registration
 * refused until the period ends and the objection is resolved → registered.
 */
let ctx: TestContext
let owner: string
let reviewer: string
let citizen: string
let project: { projectId: string; siteId: string }

beforeAll(async () => {
  ctx = await createTestContext({ config: { disclosureDays: 20, sessionTtlHours: 24 * 90 } })
  owner = await loginCookie(ctx, 'owner@demo.test')
  reviewer = await loginCookie(ctx, 'reviewer@demo.test')
  const other = await addOrganisation(ctx, '关注红树林的市民团体', 'developer')
  citizen = (await addUser(ctx, { organisationId: other, email: 'citizen@review.test', roles: ['buyer'] })).cookie
  project = await draftWithSite(ctx, owner, '流程测试红树林项目')
}, 120_000)
afterAll(async () => ctx?.close())

const get = (path: string, cookie?: string) => ctx.app.request(path, cookie ? { headers: { cookie } } : {})
const post = (path: string, body: unknown, cookie: string) => ctx.app.request(path, jsonInit('POST', body, cookie))

describe('review, findings and disclosure, in order', () => {
  let findingIds: string[]
  let disclosureId: string
  let objectionId: string

  it('the reviewer starts the review of a submitted project', async () => {
    await expectStatus(await submit(ctx, owner, project.projectId), 200)
    const body = await expectStatus(await review(ctx, reviewer, project.projectId, { action: 'start' }), 200)
    expect(body.status).toBe('under_review')
    expect(body.round.decidedBy.organisation).toBe('蓝碳交易中心（演示）')
  })

  it('requests changes with findings on the project and on its site', async () => {
    const body = await expectStatus(
      await review(ctx, reviewer, project.projectId, {
        action: 'request_changes',
        reason: '材料不全',
        findings: [
          { target: { type: 'project', id: project.projectId }, text: '缺少海域使用权证明。' },
          { target: { type: 'site', id: project.siteId }, text: '地块边界与卫星影像不符。' },
        ],
      }),
      200,
    )
    expect(body.status).toBe('changes_requested')
    findingIds = body.round.findingIds
    expect(findingIds).toHaveLength(2)
    const rows = await ctx.sql`SELECT target_type, target_id, round_id FROM review_findings WHERE project_id = ${project.projectId} ORDER BY created_at, id`
    expect(rows.map((r) => [r.target_type, r.target_id, r.round_id])).toEqual(
      expect.arrayContaining([
        ['project', project.projectId, body.round.id],
        ['site', project.siteId, body.round.id],
      ]),
    )
  })

  it('the owner reads the findings, replies, and resubmits; the reviewer replies and resolves one', async () => {
    const list = await expectStatus(await get(`/api/v1/projects/${project.projectId}/findings`, owner), 200)
    expect(list.items.map((f: { text: string }) => f.text).sort()).toEqual(['地块边界与卫星影像不符。', '缺少海域使用权证明。'].sort())
    const siteFinding = list.items.find((f: { target: { type: string } }) => f.target.type === 'site')
    const replied = await expectStatus(await post(`/api/v1/findings/${siteFinding.id}/replies`, { text: '已按 2026 年无人机影像修正边界。' }, owner), 201)
    expect(replied.replies.map((r: { text: string }) => r.text)).toEqual(['已按 2026 年无人机影像修正边界。'])
    await expectStatus(await submit(ctx, owner, project.projectId), 200)
    expect(await projectStatus(ctx, project.projectId)).toBe('submitted')
    await expectStatus(await review(ctx, reviewer, project.projectId, { action: 'start' }), 200)
    const thread = await expectStatus(await post(`/api/v1/findings/${siteFinding.id}/replies`, { text: '已核实，接受。' }, reviewer), 201)
    expect(thread.replies.map((r: { author: { organisation: string } }) => r.author.organisation)).toEqual(['湛江红树林修复示范公司（演示）', '蓝碳交易中心（演示）'])
    const resolved = await expectStatus(await resolveFinding(siteFinding.id), 200)
    expect(resolved.resolved).toBe(true)
    // Resolving twice, or replying to a resolved finding, is refused and changes nothing.
    expect((await expectStatus(await resolveFinding(siteFinding.id), 409)).code).toBe('conflict')
    const [replies] = await ctx.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM finding_replies WHERE finding_id = ${siteFinding.id}`
    expect((await expectStatus(await post(`/api/v1/findings/${siteFinding.id}/replies`, { text: '再补充一句' }, owner), 409)).code).toBe('conflict')
    const [repliesAfter] = await ctx.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM finding_replies WHERE finding_id = ${siteFinding.id}`
    expect(repliesAfter!.n).toBe(replies!.n)
  })

  it('approval opens a disclosure of 20 working days, public without sign-in', async () => {
    const body = await expectStatus(await review(ctx, reviewer, project.projectId, { action: 'approve' }), 200)
    expect(body.status).toBe('approved')
    disclosureId = body.disclosureId
    const list = await expectStatus(await get('/api/v1/public/disclosures'), 200)
    const item = list.items.find((d: { id: string }) => d.id === disclosureId)
    // Approved Mon 1 Jun 2026 16:00 CST; working days Tue 2 Jun … Mon 29 Jun (4 + 5 + 5 + 5 + 1 = 20),
    // so the period ends Tue 30 Jun 00:00 CST = 29 Jun 16:00 UTC.
    expect(item.period).toEqual({ openedAt: '2026-06-01T08:00:00.000Z', endsAt: '2026-06-29T16:00:00.000Z', days: 20, dayKind: 'working', closedAt: null })
    expect(item.status).toBe('open')
    expect(item.project).toMatchObject({ id: project.projectId, name: '流程测试红树林项目', status: 'approved', methodologyId: 'mangrove-afforestation' })
    expect(item.ownerOrganisation.name).toBe('湛江红树林修复示范公司（演示）')
    expect(item.sites.features.map((f: { id: string }) => f.id)).toEqual([project.siteId])
    expect(item.sites.features[0].geometry.type).toBe('MultiPolygon')
    const [site] = await ctx.sql<{ area: string }[]>`SELECT area_ha::text AS area FROM sites WHERE id = ${project.siteId}`
    expect(item.estimate).toMatchObject({ siteCount: 1, areaHa: site!.area, sitesWithEstimate: 0, totalNetCreditsTco2e: null })
    expect(item.commentCount).toBe(0)
  })

  it('any signed-in user comments or objects; anonymous callers cannot', async () => {
    expect((await ctx.app.request(`/api/v1/public/disclosures/${disclosureId}/comments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '匿名' }) })).status).toBe(401)
    await expectStatus(await post(`/api/v1/public/disclosures/${disclosureId}/comments`, { text: '支持红树林修复。' }, citizen), 201)
    const objection = await expectStatus(await post(`/api/v1/public/disclosures/${disclosureId}/comments`, { text: '地块含传统养殖塘，权属有争议。', objection: true }, citizen), 201)
    expect(objection).toMatchObject({ objection: true, resolved: false, organisation: '关注红树林的市民团体' })
    objectionId = objection.id
    const detail = await expectStatus(await get(`/api/v1/public/disclosures/${disclosureId}`), 200)
    expect(detail.commentCount).toBe(2)
    expect(detail.openObjectionCount).toBe(1)
    expect(detail.comments.map((c: { objection: boolean }) => c.objection)).toEqual([false, true])
  })

  it('registration is refused before the period ends, then while the objection is open', async () => {
    const early = await expectStatus(await review(ctx, reviewer, project.projectId, { action: 'register' }, { 'accept-language': 'en' }), 409)
    expect(early.code).toBe('disclosure_period_open')
    expect(early.detail).toContain('2026-06-29T16:00:00.000Z')
    // One second before the end it is still open; at the end comments close.
    ctx.clock.now = new Date('2026-06-29T15:59:59Z')
    expect((await expectStatus(await review(ctx, reviewer, project.projectId, { action: 'register' }), 409)).code).toBe('disclosure_period_open')
    ctx.clock.now = new Date('2026-06-29T16:00:00Z')
    expect((await expectStatus(await post(`/api/v1/public/disclosures/${disclosureId}/comments`, { text: '迟到的意见' }, citizen), 409)).code).toBe('conflict')
    const blocked = await expectStatus(await review(ctx, reviewer, project.projectId, { action: 'register' }), 409)
    expect(blocked.code).toBe('objection_unresolved')
    expect(await projectStatus(ctx, project.projectId)).toBe('approved')
  })

  it('the reviewer resolves the objection, then registers; the disclosure closes', async () => {
    const resolveUrl = `/api/v1/disclosures/${disclosureId}/comments/${objectionId}/resolve`
    expect((await expectStatus(await post(resolveUrl, { resolution: '争议' }, owner), 403)).code).toBe('forbidden')
    const resolved = await expectStatus(await post(resolveUrl, { resolution: '核查土地确权文件，养殖塘不在地块范围内。' }, reviewer), 200)
    expect(resolved).toMatchObject({ resolved: true, resolution: '核查土地确权文件，养殖塘不在地块范围内。' })
    const body = await expectStatus(await review(ctx, reviewer, project.projectId, { action: 'register' }), 200)
    expect(body.status).toBe('registered')
    const detail = await expectStatus(await get(`/api/v1/public/disclosures/${disclosureId}`), 200)
    expect(detail.status).toBe('closed')
    expect(detail.period.closedAt).toBe('2026-06-29T16:00:00.000Z')
  })

  it('the history lists every decision in order, with who decided and the findings raised', async () => {
    const history = await expectStatus(await get(`/api/v1/projects/${project.projectId}/reviews`, owner), 200)
    expect(history.items.map((r: { action: string; fromStatus: string; toStatus: string }) => [r.action, r.fromStatus, r.toStatus])).toEqual([
      ['start', 'submitted', 'under_review'],
      ['request_changes', 'under_review', 'changes_requested'],
      ['start', 'submitted', 'under_review'],
      ['approve', 'under_review', 'approved'],
      ['register', 'approved', 'registered'],
    ])
    expect(history.items[1].findingIds.sort()).toEqual([...findingIds].sort())
    expect(history.items[1].reason).toBe('材料不全')
    expect(history.items.every((r: { decidedBy: { displayName: string }; checks: unknown }) => r.decidedBy.displayName.includes('reviewer') && Array.isArray(r.checks) && r.checks.some((k: { id: string }) => k.id === 'documents_for_review'))).toBe(true)
    const events = await ctx.sql<{ action: string }[]>`SELECT action FROM audit_events WHERE subject_id IN (${project.projectId}, ${disclosureId}) OR payload->>'projectId' = ${project.projectId} ORDER BY id`
    expect(events.map((e) => e.action)).toEqual([
      'project.create',
      'site.create',
      'project.submit',
      'project.review.start',
      'project.review.request_changes',
      'finding.reply',
      'project.submit',
      'project.review.start',
      'finding.reply',
      'finding.resolve',
      'project.review.approve',
      'disclosure.comment',
      'disclosure.object',
      'disclosure.resolve_objection',
      'project.review.register',
    ])
    expect((await verifyAuditChain(ctx.sql)).brokenAt).toBeNull()
  })
})

const resolveFinding = (id: string) => ctx.app.request(`/api/v1/findings/${id}/resolve`, { method: 'POST', headers: { cookie: reviewer } })

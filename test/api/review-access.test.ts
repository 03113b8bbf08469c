import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jsonInit } from '../fixtures/import/sites.ts'
import { addOrganisation, addUser, draftWithSite, expectStatus, projectInStatus, projectStatus, review, submit } from '../fixtures/review.ts'
import { createTestContext, loginCookie, tableCounts, type TestContext } from '../support/test-app.ts'

/**
 * Who may review (exchange reviewers, never of the owner's organisation) and
 * the bad inputs of issue 11: every refusal is a problem+json in the caller's
 * language and leaves every table as it was.
 */
let ctx: TestContext
let owner: string
let reviewer: string
let demoCookies: Record<string, string>
let project: { projectId: string; siteId: string }
let otherProject: { projectId: string; siteId: string }

beforeAll(async () => {
  ctx = await createTestContext()
  owner = await loginCookie(ctx, 'owner@demo.test')
  reviewer = await loginCookie(ctx, 'reviewer@demo.test')
  demoCookies = { owner, reviewer, bank: await loginCookie(ctx, 'bank@demo.test'), buyer: await loginCookie(ctx, 'buyer@demo.test'), admin: await loginCookie(ctx, 'admin@demo.test') }
  project = await projectInStatus(ctx, { owner, reviewer }, 'under_review', '权限测试项目')
  otherProject = await projectInStatus(ctx, { owner, reviewer }, 'under_review', '另一个项目')
}, 120_000)
afterAll(async () => ctx?.close())

/** Sends the request (after counting rows) and proves it changed nothing; returns the problem. */
async function refused(send: () => Response | Promise<Response>, status: number): Promise<Record<string, any>> {
  const before = await tableCounts(ctx.sql)
  const statusBefore = await projectStatus(ctx, project.projectId)
  const r = await send()
  expect(r.headers.get('content-type')).toContain('application/problem+json')
  const body = await expectStatus(r, status)
  expect(await tableCounts(ctx.sql)).toEqual(before)
  expect(await projectStatus(ctx, project.projectId)).toBe(statusBefore)
  return body
}

describe('who may decide', () => {
  // Buyers cannot see another organisation's project at all (the read rule), so theirs is the hidden 404.
  for (const [role, status] of [['owner', 403], ['bank', 403], ['admin', 403], ['buyer', 404]] as const) {
    it(`the demo ${role} gets ${status} on a project under review`, async () => {
      const problem = await refused(() => review(ctx, demoCookies[role]!, project.projectId, { action: 'approve' }), status)
      expect(problem.code).toBe(status === 403 ? 'forbidden' : 'not_found')
    })
  }

  it('a reviewer of the owner\'s own organisation may not review it (403), even when that organisation is an exchange', async () => {
    // The owner's developer organisation with a reviewer.
    const [ownerOrg] = await ctx.sql<{ id: string }[]>`SELECT organisation_id AS id FROM users WHERE email = 'owner@demo.test'`
    const inHouse = await addUser(ctx, { organisationId: ownerOrg!.id, email: 'inhouse-reviewer@review.test', roles: ['reviewer'] })
    expect((await refused(() => review(ctx, inHouse.cookie, project.projectId, { action: 'approve' }), 403)).code).toBe('forbidden')
    // An exchange that owns a project: its own reviewer is refused, another exchange's is not.
    const exchange = await addOrganisation(ctx, '自有项目的交易所', 'exchange')
    const exOwner = await addUser(ctx, { organisationId: exchange, email: 'ex-owner@review.test', roles: ['owner'] })
    const exReviewer = await addUser(ctx, { organisationId: exchange, email: 'ex-reviewer@review.test', roles: ['reviewer'] })
    const own = await draftWithSite(ctx, exOwner.cookie, '交易所自有项目')
    await expectStatus(await submit(ctx, exOwner.cookie, own.projectId), 200)
    const before = await tableCounts(ctx.sql)
    const res = await review(ctx, exReviewer.cookie, own.projectId, { action: 'start' }, { 'accept-language': 'zh' })
    expect(res.status).toBe(403)
    expect((await res.json()).title).toBe('无权操作')
    expect(await tableCounts(ctx.sql)).toEqual(before)
    expect(await projectStatus(ctx, own.projectId)).toBe('submitted')
    await expectStatus(await review(ctx, reviewer, own.projectId, { action: 'start' }), 200)
  })

  it('a reviewer of a non-exchange organisation gets 403', async () => {
    const bankOrg = await addOrganisation(ctx, '某银行', 'developer')
    const r = await addUser(ctx, { organisationId: bankOrg, email: 'dev-reviewer@review.test', roles: ['reviewer'] })
    expect((await refused(() => review(ctx, r.cookie, project.projectId, { action: 'approve' }), 403)).code).toBe('forbidden')
  })

  it('anonymous → 401; a missing project and another organisation\'s draft → the same 404', async () => {
    expect((await refused(() => ctx.app.request(`/api/v1/projects/${project.projectId}/review`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"approve"}' }), 401)).code).toBe('unauthenticated')
    const draft = await draftWithSite(ctx, owner, '隐藏的草稿')
    const hidden = await refused(() => review(ctx, reviewer, draft.projectId, { action: 'start' }), 404)
    const missing = await refused(() => review(ctx, reviewer, randomUUID(), { action: 'start' }), 404)
    expect(hidden.detail).toBe(missing.detail)
  })

  it('findings threads: owners and exchange reviewers reply; a buyer may not; only reviewers resolve or raise findings', async () => {
    const created = await expectStatus(await ctx.app.request(`/api/v1/projects/${project.projectId}/findings`, jsonInit('POST', { target: { type: 'site', id: project.siteId }, text: '请提供样地照片。' }, reviewer)), 201)
    expect(created).toMatchObject({ roundId: null, target: { type: 'site', id: project.siteId }, resolved: false, replies: [] })
    await refused(() => ctx.app.request(`/api/v1/projects/${project.projectId}/findings`, jsonInit('POST', { target: { type: 'project', id: project.projectId }, text: '业主自己提意见' }, owner)), 403)
    const hidden = await refused(() => ctx.app.request(`/api/v1/findings/${created.id}/replies`, jsonInit('POST', { text: '买方插话' }, demoCookies.buyer!)), 404)
    const missing = await refused(() => ctx.app.request(`/api/v1/findings/${randomUUID()}/replies`, jsonInit('POST', { text: '买方插话' }, demoCookies.buyer!)), 404)
    expect([hidden.code, hidden.detail]).toEqual([missing.code, missing.detail])
    expect(hidden.detail).toContain('finding')
    await refused(() => ctx.app.request(`/api/v1/findings/${created.id}/replies`, jsonInit('POST', { text: '银行插话' }, demoCookies.bank!)), 403)
    await refused(() => ctx.app.request(`/api/v1/findings/${created.id}/resolve`, { method: 'POST', headers: { cookie: owner } }), 403)
    await refused(() => ctx.app.request(`/api/v1/findings/${randomUUID()}/resolve`, { method: 'POST', headers: { cookie: reviewer } }), 404)
    await expectStatus(await ctx.app.request(`/api/v1/findings/${created.id}/replies`, jsonInit('POST', { text: '照片已上传。' }, owner)), 201)
  })
})

describe('bad input: 400/409 problem+json in the caller\'s language, nothing changed', () => {
  it('an unknown action', async () => {
    const problem = await refused(() => review(ctx, reviewer, project.projectId, { action: 'approve_now' }, { 'accept-language': 'zh-CN' }), 400)
    expect(problem.code).toBe('validation_failed')
    expect(problem.title).toBe('输入无效')
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(['action'])
  })

  it('an unknown field', async () => {
    const problem = await refused(() => review(ctx, reviewer, project.projectId, { action: 'approve', approvedBy: 'me' }), 400)
    expect(problem.code).toBe('validation_failed')
  })

  it('request_changes without a finding, reject without a reason', async () => {
    const a = await refused(() => review(ctx, reviewer, project.projectId, { action: 'request_changes', findings: [] }), 400)
    expect(a.errors.map((e: { path: string }) => e.path)).toEqual(['findings'])
    const b = await refused(() => review(ctx, reviewer, project.projectId, { action: 'reject' }), 400)
    expect(b.errors.map((e: { path: string }) => e.path)).toEqual(['reason'])
  })

  it('a finding on a site of another project, on an unknown document, on another project', async () => {
    const problem = await refused(() => 
      review(ctx, reviewer, project.projectId, {
        action: 'request_changes',
        findings: [
          { target: { type: 'site', id: project.siteId }, text: '本项目地块：合法' },
          { target: { type: 'site', id: otherProject.siteId }, text: '别的项目的地块' },
          { target: { type: 'document', id: randomUUID() }, text: '不存在的文件' },
          { target: { type: 'project', id: otherProject.projectId }, text: '别的项目' },
        ],
      }, { 'accept-language': 'en' }),
      400,
    )
    expect(problem.code).toBe('validation_failed')
    expect(problem.errors).toEqual([
      { path: 'findings.1.target.id', code: 'finding_target_not_in_project', message: 'No site of this project has this id.' },
      { path: 'findings.2.target.id', code: 'finding_target_not_in_project', message: 'No document of this project has this id.' },
      { path: 'findings.3.target.id', code: 'finding_target_not_in_project', message: 'A finding on the project must name this project.' },
    ])
    const single = await refused(() => ctx.app.request(`/api/v1/projects/${project.projectId}/findings`, jsonInit('POST', { target: { type: 'site', id: otherProject.siteId }, text: 'x' }, reviewer, { 'accept-language': 'zh' })), 400)
    expect(single.errors).toEqual([{ path: 'target.id', code: 'finding_target_not_in_project', message: '本项目没有此编号的地块。' }])
  })

  it('too many findings, overlong text, a non-uuid target', async () => {
    const many = Array.from({ length: 51 }, () => ({ target: { type: 'project', id: project.projectId }, text: 'x' }))
    await refused(() => review(ctx, reviewer, project.projectId, { action: 'request_changes', findings: many }), 400)
    await refused(() => review(ctx, reviewer, project.projectId, { action: 'reject', reason: 'x'.repeat(4001) }), 400)
    await refused(() => review(ctx, reviewer, project.projectId, { action: 'request_changes', findings: [{ target: { type: 'site', id: 'site-1' }, text: 'x' }] }), 400)
  })

  it('public disclosures: unknown id 404, bad paging 400, comment bodies are strict', async () => {
    expect((await refused(() => ctx.app.request(`/api/v1/public/disclosures/${randomUUID()}`), 404)).code).toBe('not_found')
    await refused(() => ctx.app.request('/api/v1/public/disclosures?limit=51'), 400)
    await refused(() => ctx.app.request('/api/v1/public/disclosures?limit=10&extra=1'), 400)
    await refused(() => ctx.app.request(`/api/v1/public/disclosures/${randomUUID()}/comments`, jsonInit('POST', { text: 'x', objection: 'yes' }, owner)), 400)
    await refused(() => ctx.app.request(`/api/v1/public/disclosures/${randomUUID()}/comments`, jsonInit('POST', { text: 'x' }, owner)), 404)
  })
})

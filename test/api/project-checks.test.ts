import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { computeProjectChecks } from '../../api/checks/compute-project-checks.ts'
import { documentForm, pdfBytes } from '../fixtures/documents/files.ts'
import { addOwnerOrganisation, box, boxAreaHa, createProject, createSite, jsonInit, polygon } from '../fixtures/import/sites.ts'
import { createTestContext, loginCookie, tableCounts, type TestContext } from '../support/test-app.ts'

let ctx: TestContext
let owner: string
let reviewer: string
let buyer: string
let other: { cookie: string; organisationId: string }

beforeAll(async () => {
  ctx = await createTestContext()
  owner = await loginCookie(ctx, 'owner@demo.test')
  reviewer = await loginCookie(ctx, 'reviewer@demo.test')
  buyer = await loginCookie(ctx, 'buyer@demo.test')
  other = await addOwnerOrganisation(ctx, 'owner2@checks.test', '另一开发公司（检查测试）')
})
afterAll(async () => ctx?.close())

type Check = { id: string; status: string; message: { en: string; zh: string }; evidence: Record<string, any> }

type CheckId = 'overlap' | 'methodology_sink_type' | 'methodology_intertidal' | 'documents_for_review' | 'documents_for_issuance' | 'estimate_reproduces'

async function checks(projectId: string, cookie = owner): Promise<Record<CheckId, Check>> {
  const res = await ctx.app.request(`/api/v1/projects/${projectId}/checks`, { headers: { cookie } })
  const body = await res.json()
  expect(res.status, res.status === 500 ? ctx.logLines.filter((l) => l.includes('unhandled')).slice(-1)[0]?.slice(0, 600) : JSON.stringify(body)).toBe(200)
  expect(body.projectId).toBe(projectId)
  return Object.fromEntries(body.checks.map((c: Check) => [c.id, c])) as Record<CheckId, Check>
}

const mangrove = (name: string, cookie = owner) => createProject(ctx, cookie, name, { methodologyId: 'mangrove-afforestation' })
const site = (projectId: string, ring: number[][], cookie = owner) => createSite(ctx, cookie, projectId, { name: '地块', geometry: polygon(ring) })

// Open sea east of the Leizhou peninsula, clear of the demo sites and of any land.
const SEA_LON = 111.8
const SEA_LAT = 20.6

describe('overlap with other projects\' claimed land', () => {
  it('pass when no other project claims the land; fail above the share limit with ha, share and the project; warn within it', async () => {
    const a = await mangrove('重叠检查甲')
    await site(a, box(SEA_LON, SEA_LAT, 0.01, 0.01))
    expect((await checks(a)).overlap).toMatchObject({ status: 'pass', evidence: { overlapHa: 0, share: 0, projects: [] } })

    // Another organisation's project covering the eastern half, then submitted (it claims its land from then on).
    const b = await mangrove('重叠检查乙', other.cookie)
    await site(b, box(SEA_LON + 0.005, SEA_LAT, 0.01, 0.01), other.cookie)
    expect((await checks(a)).overlap.status).toBe('pass') // a draft claims nothing
    await ctx.sql`UPDATE projects SET status = 'submitted' WHERE id = ${b}`
    const half = (await checks(a)).overlap
    const halfHa = boxAreaHa(SEA_LAT, 0.005, 0.01)
    expect(half.status).toBe('fail')
    // Hand-derived spherical box area; 0.1 % covers the 4-decimal rounding.
    expect(half.evidence.overlapHa).toBeCloseTo(halfHa, 1)
    expect(half.evidence.share).toBeCloseTo(0.5, 3)
    expect(half.evidence.projects).toEqual([{ projectId: b, projectName: '重叠检查乙', status: 'submitted', overlapHa: half.evidence.overlapHa }])
    expect(half.message.en).toMatch(/claimed by 1 other project/)

    // A sliver of 0.5 % (0.00005° of 0.01°) is within the 1 % tolerance of the test app.
    const c = await mangrove('重叠检查丙')
    await site(c, box(SEA_LON - 0.00995, SEA_LAT + 0.02, 0.01, 0.01))
    const d = await mangrove('重叠检查丁', other.cookie)
    await site(d, box(SEA_LON - 0.0191, SEA_LAT + 0.02, 0.0092, 0.01), other.cookie)
    await ctx.sql`UPDATE projects SET status = 'registered' WHERE id = ${d}`
    const sliver = (await checks(c)).overlap
    expect(sliver.status).toBe('warn')
    expect(sliver.evidence.share).toBeCloseTo(0.005, 3)
  })
})

describe('methodology applicability', () => {
  it('the sink type must be the methodology\'s: fail for none or another, pass when it matches', async () => {
    const none = await createProject(ctx, owner, '无方法学')
    expect((await checks(none)).methodology_sink_type).toMatchObject({ status: 'fail', evidence: { methodologyId: null } })
    const forest = await createProject(ctx, owner, '错配方法学', { methodologyId: 'forest-afforestation' })
    expect((await checks(forest)).methodology_sink_type).toMatchObject({ status: 'fail', evidence: { projectSinkType: 'mangrove', methodologySinkType: 'forest' } })
    const ok = await mangrove('匹配方法学')
    expect((await checks(ok)).methodology_sink_type.status).toBe('pass')
  })

  it('mangrove sites: on the shipped coastline pass; wholly inland or wholly offshore warn, with each site\'s position', async () => {
    // A 0.01° box around a vertex of the land layer's coastline at Zhanjiang (110.4532, 21.1927).
    const coast = await mangrove('潮间带')
    await site(coast, box(110.4482, 21.1877, 0.01, 0.01))
    const passing = (await checks(coast)).methodology_intertidal
    expect(passing.status).toBe('pass')
    expect(passing.evidence.sites).toEqual([expect.objectContaining({ position: 'intertidal', coastDistanceM: 0 })])

    // Yunfu hills (112.0 E, 23.5 N), ~150 km from the sea; open sea east of Leizhou.
    const inland = await mangrove('内陆')
    await site(inland, box(112.0, 23.5, 0.01, 0.01))
    const offshore = await mangrove('海上')
    await site(offshore, box(SEA_LON, SEA_LAT + 0.1, 0.01, 0.01))
    const inlandCheck = (await checks(inland)).methodology_intertidal
    expect(inlandCheck.status).toBe('warn')
    expect(inlandCheck.evidence.sites[0].position).toBe('inland')
    expect(inlandCheck.evidence.sites[0].coastDistanceM).toBeGreaterThan(1000)
    expect(inlandCheck.message.en).toMatch(/1 wholly inland, 0 wholly offshore/)
    const offshoreCheck = (await checks(offshore)).methodology_intertidal
    expect(offshoreCheck.status).toBe('warn')
    expect(offshoreCheck.evidence.sites[0].position).toBe('offshore')
  })

  it('a forest project has no intertidal check', async () => {
    const forest = await createProject(ctx, owner, '森林', { sinkType: 'forest', methodologyId: 'forest-afforestation' })
    const all = await checks(forest)
    expect(all.methodology_intertidal).toBeUndefined()
    expect(all.methodology_sink_type.status).toBe('pass')
  })
})

describe('required documents', () => {
  const add = async (projectId: string, kind: string, seed: number) => {
    const res = await ctx.app.request(`/api/v1/projects/${projectId}/documents`, { method: 'POST', headers: { cookie: owner }, body: documentForm({ bytes: pdfBytes(600, seed), name: `${kind}.pdf`, type: 'application/pdf' }, { kind }) })
    expect(res.status).toBe(201)
  }

  it('review evidence missing → fail naming it; reports missing → warn; both pass once present', async () => {
    const p = await mangrove('文件检查')
    let all = await checks(p)
    expect(all.documents_for_review).toMatchObject({ status: 'fail', evidence: { missing: ['land_tenure', 'design_document'] } })
    expect(all.documents_for_review.message.zh).toBe('审核前缺少：海域或土地使用权证明、项目设计文件。')
    expect(all.documents_for_issuance).toMatchObject({ status: 'warn', evidence: { missing: ['monitoring_report', 'verification_report'] } })
    await add(p, 'land_tenure', 1)
    expect((await checks(p)).documents_for_review).toMatchObject({ status: 'fail', evidence: { missing: ['design_document'] } })
    await add(p, 'design_document', 2)
    await add(p, 'monitoring_report', 3)
    await add(p, 'verification_report', 4)
    all = await checks(p)
    expect(all.documents_for_review.status).toBe('pass')
    expect(all.documents_for_issuance).toMatchObject({ status: 'pass', evidence: { counts: { land_tenure: 1, design_document: 1, monitoring_report: 1, verification_report: 1 } } })
  })
})

describe('the saved estimate reproduces', () => {
  it('none → warn; saved → pass with matching hashes; a stored hash that the re-run does not give → fail', async () => {
    const p = await mangrove('复算检查')
    const s = await site(p, box(SEA_LON, SEA_LAT + 0.2, 0.01, 0.01))
    expect((await checks(p)).estimate_reproduces).toMatchObject({ status: 'warn', evidence: { sitesWithoutEstimate: 1, estimates: [] } })
    const res = await ctx.app.request('/api/v1/estimates', jsonInit('POST', { methodology: 'mangrove-afforestation', siteId: s.id, save: true, params: { startYear: 2026, creditingYears: 30 } }, owner))
    expect(res.status).toBe(201)
    const saved = (await res.json()).estimate
    const passing = (await checks(p)).estimate_reproduces
    expect(passing.status).toBe('pass')
    expect(passing.evidence.estimates).toEqual([expect.objectContaining({ estimateId: saved.id, storedContentHash: saved.contentHash, contentHash: saved.contentHash, identical: true })])
    await ctx.sql`UPDATE site_estimates SET content_hash = ${'0'.repeat(64)} WHERE id = ${saved.id}`
    const failing = (await checks(p)).estimate_reproduces
    expect(failing.status).toBe('fail')
    expect(failing.evidence.estimates[0]).toMatchObject({ identical: false, contentHash: saved.contentHash })
  })
})

describe('access and the module interface', () => {
  it('reviewers read checks once submitted; a draft is hidden (404) from them and from other organisations; nothing changes', async () => {
    const p = await mangrove('检查权限')
    const before = await tableCounts(ctx.sql)
    for (const cookie of [reviewer, buyer, other.cookie]) {
      const res = await ctx.app.request(`/api/v1/projects/${p}/checks`, { headers: { cookie } })
      expect(res.status).toBe(404)
      expect((await res.json()).code).toBe('not_found')
    }
    expect(await tableCounts(ctx.sql)).toEqual(before)
    await ctx.sql`UPDATE projects SET status = 'submitted' WHERE id = ${p}`
    expect(Object.keys(await checks(p, reviewer))).toEqual(['overlap', 'methodology_sink_type', 'methodology_intertidal', 'documents_for_review', 'documents_for_issuance', 'estimate_reproduces'])
    expect((await ctx.app.request(`/api/v1/projects/${p}/checks`, { headers: { cookie: buyer } })).status).toBe(404)
  })

  it('computeProjectChecks(deps, projectId) gives the same checks as the route, for callers such as the review decision', async () => {
    const p = await mangrove('模块接口')
    const direct = await computeProjectChecks({ sql: ctx.sql, config: ctx.config }, p)
    expect(Object.fromEntries(direct.map((c) => [c.id, c]))).toEqual(await checks(p))
  })
})

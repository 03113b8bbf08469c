import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addOwnerOrganisation, box, boxAreaHa, createProject, createSite, jsonInit, polygon } from '../fixtures/import/sites.ts'
import { createTestContext, loginCookie, tableCounts, type TestContext } from '../support/test-app.ts'

let ctx: TestContext
let owner: string
let other: { cookie: string; organisationId: string }
let reviewer: string
let bank: string
let buyer: string
let admin: string
beforeAll(async () => {
  ctx = await createTestContext()
  owner = await loginCookie(ctx, 'owner@demo.test')
  reviewer = await loginCookie(ctx, 'reviewer@demo.test')
  bank = await loginCookie(ctx, 'bank@demo.test')
  buyer = await loginCookie(ctx, 'buyer@demo.test')
  admin = await loginCookie(ctx, 'admin@demo.test')
  other = await addOwnerOrganisation(ctx, 'owner2@projects.test', '雷州湾另一开发公司（测试）')
})
afterAll(async () => ctx?.close())

const get = (path: string, cookie: string) => ctx.app.request(path, { headers: { cookie } })

describe('creating and reading projects', () => {
  it('an owner creates a draft for their organisation, audited', async () => {
    const res = await ctx.app.request('/api/v1/projects', jsonInit('POST', { name: '东海岛红树林', sinkType: 'mangrove', methodologyId: 'mangrove-afforestation' }, owner))
    expect(res.status).toBe(201)
    const p = await res.json()
    expect(p).toMatchObject({ name: '东海岛红树林', status: 'draft', sinkType: 'mangrove', methodologyId: 'mangrove-afforestation', siteCount: 0, areaHa: 0 })
    const [org] = await ctx.sql`SELECT organisation_id FROM projects WHERE id = ${p.id}`
    expect(p.organisation.id).toBe(org!.organisation_id)
    const events = await ctx.sql`SELECT action FROM audit_events WHERE subject_id = ${p.id}`
    expect(events.map((e) => e.action)).toEqual(['project.create'])
  })

  it('an unknown methodology id is a 400 at methodologyId; nothing stored', async () => {
    const before = await tableCounts(ctx.sql)
    const res = await ctx.app.request('/api/v1/projects', jsonInit('POST', { name: 'x', sinkType: 'mangrove', methodologyId: 'no-such-method' }, owner, { 'accept-language': 'zh' }))
    expect(res.status).toBe(400)
    const problem = await res.json()
    expect(problem.errors).toEqual([{ path: 'methodologyId', code: 'unknown_methodology', message: '不存在编号为“no-such-method”的方法学（见 GET /api/v1/methodologies）。' }])
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })

  it('reviewers, banks and buyers cannot create projects (403), and owners cannot create for another organisation; nothing stored', async () => {
    const before = await tableCounts(ctx.sql)
    for (const cookie of [reviewer, bank, buyer]) {
      expect((await ctx.app.request('/api/v1/projects', jsonInit('POST', { name: 'x', sinkType: 'mangrove' }, cookie))).status).toBe(403)
    }
    const foreign = await ctx.app.request('/api/v1/projects', jsonInit('POST', { name: 'x', sinkType: 'mangrove', organisationId: other.organisationId }, owner))
    expect(foreign.status).toBe(403)
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })

  it('an admin creates a project for another organisation', async () => {
    const res = await ctx.app.request('/api/v1/projects', jsonInit('POST', { name: 'for owner2', sinkType: 'wetland', organisationId: other.organisationId }, admin))
    expect(res.status).toBe(201)
    expect((await res.json()).organisation.id).toBe(other.organisationId)
  })

  it('visibility: own organisation any status; reviewers and banks every non-draft; others\' drafts are 404', async () => {
    const draft = await createProject(ctx, other.cookie, 'owner2 draft')
    const ownList = await (await get('/api/v1/projects?limit=200', owner)).json()
    expect(ownList.items.some((p: { id: string }) => p.id === draft)).toBe(false)
    expect(ownList.items.filter((p: { status: string }) => p.status !== 'draft').length).toBeGreaterThanOrEqual(2)

    const bankList = await (await get('/api/v1/projects?limit=200', bank)).json()
    expect(bankList.items.every((p: { status: string }) => p.status !== 'draft')).toBe(true)
    expect(bankList.total).toBe(bankList.items.length)
    const [nonDraft] = await ctx.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM projects WHERE status <> 'draft'`
    expect(bankList.total).toBe(nonDraft!.n)

    expect((await (await get('/api/v1/projects?limit=200', buyer)).json()).items).toEqual([])
    expect((await (await get('/api/v1/projects?limit=200&status=draft', admin)).json()).items.some((p: { id: string }) => p.id === draft)).toBe(true)

    for (const cookie of [owner, reviewer, bank, buyer]) expect((await get(`/api/v1/projects/${draft}`, cookie)).status).toBe(404)
    expect((await get(`/api/v1/projects/${draft}`, other.cookie)).status).toBe(200)
    expect((await get(`/api/v1/projects/${draft}/sites`, reviewer)).status).toBe(404)
    const [registered] = await ctx.sql<{ id: string }[]>`SELECT id FROM projects WHERE status = 'registered' LIMIT 1`
    expect((await get(`/api/v1/projects/${registered!.id}`, reviewer)).status).toBe(200)
    expect((await get(`/api/v1/projects/${registered!.id}/sites`, bank)).status).toBe(200)
  })
})

describe('editing and deleting', () => {
  it('owners edit their draft; unknown methodology 400; others get 404 (draft) or 403 (visible); nothing changes on refusal', async () => {
    const id = await createProject(ctx, owner, 'to edit')
    const ok = await ctx.app.request(`/api/v1/projects/${id}`, jsonInit('PATCH', { name: 'edited', description: 'Nandu estuary', methodologyId: 'tidal-wetland-restoration' }, owner))
    expect(ok.status).toBe(200)
    expect(await ok.json()).toMatchObject({ name: 'edited', description: 'Nandu estuary', methodologyId: 'tidal-wetland-restoration' })

    const before = await tableCounts(ctx.sql)
    expect((await ctx.app.request(`/api/v1/projects/${id}`, jsonInit('PATCH', { methodologyId: 'nope' }, owner))).status).toBe(400)
    expect((await ctx.app.request(`/api/v1/projects/${id}`, jsonInit('PATCH', { name: 'hijack' }, other.cookie))).status).toBe(404)
    expect((await ctx.app.request(`/api/v1/projects/${id}`, { method: 'DELETE', headers: { cookie: other.cookie } })).status).toBe(404)
    const [registered] = await ctx.sql<{ id: string }[]>`SELECT id FROM projects WHERE status = 'registered' LIMIT 1`
    expect((await ctx.app.request(`/api/v1/projects/${registered!.id}`, jsonInit('PATCH', { name: 'hijack' }, reviewer))).status).toBe(403)
    expect((await ctx.app.request(`/api/v1/projects/${registered!.id}`, { method: 'DELETE', headers: { cookie: bank } })).status).toBe(403)
    expect(await tableCounts(ctx.sql)).toEqual(before)
    expect((await ctx.sql`SELECT name FROM projects WHERE id = ${id}`)[0]!.name).toBe('edited')
  })

  it('deleting a draft removes its sites and strata', async () => {
    const id = await createProject(ctx, owner, 'to delete')
    await createSite(ctx, owner, id, { name: 's', geometry: polygon(box(113.3, 22.0, 0.01, 0.01)), strata: [{ species: 'a', areaPercent: 50 }] })
    const res = await ctx.app.request(`/api/v1/projects/${id}`, { method: 'DELETE', headers: { cookie: owner } })
    expect(res.status).toBe(204)
    expect(await ctx.sql`SELECT 1 FROM sites WHERE project_id = ${id}`).toHaveLength(0)
    expect((await get(`/api/v1/projects/${id}`, owner)).status).toBe(404)
    const [event] = await ctx.sql`SELECT action, payload FROM audit_events WHERE subject_id = ${id} ORDER BY id DESC LIMIT 1`
    expect(event).toMatchObject({ action: 'project.delete', payload: { sites: 1 } })
  })
})

describe('overlaps and submission', () => {
  // Project A (owner) has a 0.01° box; project B (owner2) a box shifted east by 0.005°:
  // the overlap is the strip lon 113.405–113.41, i.e. half of A's Δλ → exactly half of its area.
  const A_BOX = box(113.4, 22.1, 0.01, 0.01)
  const B_BOX = box(113.405, 22.1, 0.01, 0.01)

  it('a project without sites cannot be submitted (409); nothing changes', async () => {
    const id = await createProject(ctx, owner, 'empty')
    const before = await tableCounts(ctx.sql)
    const res = await ctx.app.request(`/api/v1/projects/${id}/submit`, { method: 'POST', headers: { cookie: owner } })
    expect(res.status).toBe(409)
    expect((await res.json()).code).toBe('project_has_no_sites')
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })

  it('an overlap with another organisation\'s draft is reported without names and does not block; once that project is submitted it does', async () => {
    const a = await createProject(ctx, owner, '项目甲')
    const siteA = await createSite(ctx, owner, a, { name: '甲地块', geometry: polygon(A_BOX) })
    const b = await createProject(ctx, other.cookie, '项目乙')
    const siteB = await createSite(ctx, other.cookie, b, { name: '乙地块', geometry: polygon(B_BOX) })

    // From B's side, A is another organisation's draft.
    expect(siteB.overlaps).toHaveLength(1)
    const hidden = siteB.overlaps[0]
    expect(hidden).toMatchObject({ siteId: null, siteName: null, projectId: null, projectName: 'another project (private)', private: true, blocksSubmission: false })
    // Strip 0.005° × 0.01° at 22.1°N = boxAreaHa(22.1, 0.005, 0.01); B is the same size, so the share is 0.5.
    expect(hidden.overlapHa).toBeCloseTo(boxAreaHa(22.1, 0.005, 0.01), 3)
    expect(hidden.shareOfSite).toBeCloseTo(0.5, 4)
    expect(siteB.overlapCheck.exceedsLimit).toBe(false)

    // The area of the overlap as PostGIS sees it agrees within the sphere/PostGIS-version tolerance.
    const [sqlArea] = await ctx.sql<{ a: number }[]>`
      SELECT ST_Area(ST_Intersection(x.geom, y.geom)::geography, false) / 10000 AS a FROM sites x, sites y WHERE x.id = ${siteA.id} AND y.id = ${siteB.id}`
    expect(Math.abs(sqlArea!.a - hidden.overlapHa) / hidden.overlapHa).toBeLessThan(0.007)

    // In Chinese, the private name is Chinese too.
    const zh = await ctx.app.request(`/api/v1/sites/${siteB.id}/overlaps`, { headers: { cookie: other.cookie, 'accept-language': 'zh' } })
    expect((await zh.json()).overlaps[0].projectName).toBe('另一项目（未公开）')

    // B can be submitted: A claims nothing yet.
    const submitB = await ctx.app.request(`/api/v1/projects/${b}/submit`, { method: 'POST', headers: { cookie: other.cookie } })
    expect(submitB.status).toBe(200)
    expect((await submitB.json()).status).toBe('submitted')

    // Now A overlaps a submitted project: named, blocking, and A's submission is refused with the reason.
    const overlaps = await (await get(`/api/v1/sites/${siteA.id}/overlaps`, owner)).json()
    expect(overlaps.overlaps[0]).toMatchObject({ siteId: siteB.id, siteName: '乙地块', projectId: b, projectName: '项目乙', private: false, projectStatus: 'submitted', blocksSubmission: true })
    expect(overlaps.overlapCheck.exceedsLimit).toBe(true)
    const before = await tableCounts(ctx.sql)
    const refused = await ctx.app.request(`/api/v1/projects/${a}/submit`, { method: 'POST', headers: { cookie: owner } })
    expect(refused.status).toBe(409)
    const problem = await refused.json()
    expect(problem.code).toBe('overlap_limit_exceeded')
    expect(problem.detail).toContain('“甲地块”')
    expect(problem.errors).toHaveLength(1)
    expect(problem.errors[0].path).toBe('sites[0]')
    expect(problem.errors[0].message).toContain('on 50.0 % of its area (limit 1.0 %): “项目乙”')
    expect(problem.errors[0].message).toContain('site “乙地块”')
    expect(await tableCounts(ctx.sql)).toEqual(before)
    expect((await ctx.sql`SELECT status FROM projects WHERE id = ${a}`)[0]!.status).toBe('draft')
  })

  it('a site that only shares an edge with another project is not an overlap; submission succeeds, is audited and locks edits', async () => {
    const id = await createProject(ctx, owner, '相邻项目')
    // Directly west of A_BOX: they share the meridian 113.4.
    const site = await createSite(ctx, owner, id, { name: '相邻地块', geometry: polygon(box(113.39, 22.1, 0.01, 0.01)) })
    expect(site.overlaps).toEqual([])
    const res = await ctx.app.request(`/api/v1/projects/${id}/submit`, { method: 'POST', headers: { cookie: owner } })
    expect(res.status).toBe(200)
    const [event] = await ctx.sql`SELECT action, payload FROM audit_events WHERE subject_id = ${id} ORDER BY id DESC LIMIT 1`
    expect(event).toMatchObject({ action: 'project.submit', payload: { sites: 1 } })

    const before = await tableCounts(ctx.sql)
    const edit = await ctx.app.request(`/api/v1/projects/${id}`, jsonInit('PATCH', { name: 'late' }, owner))
    expect(edit.status).toBe(409)
    expect((await edit.json()).code).toBe('project_not_editable')
    expect((await ctx.app.request(`/api/v1/projects/${id}/sites`, jsonInit('POST', { name: 'x', geometry: polygon(box(113.2, 22.1, 0.01, 0.01)) }, owner))).status).toBe(409)
    expect((await ctx.app.request(`/api/v1/projects/${id}/submit`, { method: 'POST', headers: { cookie: owner } })).status).toBe(409)
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })

  it('the overlap query is answered by the GiST index on sites.geom', async () => {
    const plan = await ctx.sql.begin(async (tx) => {
      await tx`SET LOCAL enable_seqscan = off`
      return tx.unsafe(`EXPLAIN SELECT o.id FROM sites me JOIN sites o ON o.geom && me.geom AND ST_Relate(o.geom, me.geom, 'T********') WHERE me.id = '00000000-0000-0000-0000-000000000000'`)
    })
    expect(plan.map((r) => Object.values(r)[0]).join('\n')).toContain('sites_geom_idx')
  })
})

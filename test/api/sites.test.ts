import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_SITE_VERTICES } from '../../api/geo/geometry-limits.ts'
import { addOwnerOrganisation, box, boxAreaHa, createProject, createSite, jsonInit, polygon } from '../fixtures/import/sites.ts'
import { createTestContext, loginCookie, tableCounts, type TestContext } from '../support/test-app.ts'

let ctx: TestContext
let owner: string
let projectId: string
beforeAll(async () => {
  ctx = await createTestContext()
  owner = await loginCookie(ctx, 'owner@demo.test')
  projectId = await createProject(ctx, owner, '珠江口红树林修复（测试）')
})
afterAll(async () => ctx?.close())

const post = (body: unknown, headers: Record<string, string> = {}) => ctx.app.request(`/api/v1/projects/${projectId}/sites`, jsonInit('POST', body, owner, headers))

/** Posts a bad site and proves the answer is a 400 with that path and code, and that nothing was stored. */
async function expectRefused(body: unknown, expected: { status?: number; code: string; path: string; errorCode?: string }, headers: Record<string, string> = {}) {
  const before = await tableCounts(ctx.sql)
  const res = await post(body, headers)
  expect(res.status).toBe(expected.status ?? 400)
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  const problem = await res.json()
  expect(problem.code).toBe(expected.code)
  const error = problem.errors.find((e: { path: string }) => e.path === expected.path)
  expect(error, JSON.stringify(problem.errors)).toBeDefined()
  if (expected.errorCode) expect(error.code).toBe(expected.errorCode)
  expect(await tableCounts(ctx.sql)).toEqual(before)
  return { problem, error }
}

describe('creating a site', () => {
  it('stores a polygon as a MultiPolygon with its geodesic area, and audits it', async () => {
    const site = await createSite(ctx, owner, projectId, { name: '南沙滩涂一号', geometry: polygon(box(113.5, 22.2, 0.01, 0.01)) })
    // R² · Δλ · (sin 22.21° − sin 22.2°) = 4.0589753e13 m² × 1.7453293e-4 × (0.3780081 − 0.3778466 = 1.615e-4)
    //   ≈ 1,144,290 m² ≈ 114.43 ha (boxAreaHa does the same arithmetic unrounded)
    expect(site.areaHa).toBeCloseTo(boxAreaHa(22.2, 0.01, 0.01), 3)
    expect(site.areaHa).toBeGreaterThan(114.4)
    expect(site.areaHa).toBeLessThan(114.5)
    expect(site.geometry.type).toBe('MultiPolygon')
    expect(site.overlaps).toEqual([])
    expect(site.overlapCheck).toEqual({ blockingShare: 0, maxShare: 0.01, exceedsLimit: false })
    const [row] = await ctx.sql`SELECT area_ha::text AS a FROM sites WHERE id = ${site.id}`
    expect(Number(row!.a)).toBeCloseTo(site.areaHa, 4)
    const events = await ctx.sql`SELECT action, payload FROM audit_events WHERE subject_id = ${site.id}`
    expect(events.map((e) => e.action)).toEqual(['site.create'])
  })

  it('the sphere area of @turf/area and PostGIS ST_Area(geography, false) agree within 0.7 %', async () => {
    const site = await createSite(ctx, owner, projectId, { name: 'area check', geometry: polygon(box(113.52, 22.2, 0.01, 0.005)) })
    const [row] = await ctx.sql<{ a: number }[]>`SELECT ST_Area(geom::geography, false) / 10000 AS a FROM sites WHERE id = ${site.id}`
    // PostGIS 3.3 uses the same sphere (agrees to ~1e-8); PostGIS 3.6 (PGlite) reads ~0.5 % low at 22°N,
    // so the product never takes areas from SQL (architecture.md: one convention, tested with a tolerance).
    expect(Math.abs(row!.a - site.areaHa) / site.areaHa).toBeLessThan(0.007)
  })

  it('keeps strata: a polygon inside the site (share derived) and a share of it', async () => {
    const site = await createSite(ctx, owner, projectId, {
      name: 'with strata',
      geometry: polygon(box(113.54, 22.2, 0.01, 0.01)),
      strata: [
        { species: 'kandelia-obovata', plantingYear: 2024, plantingDensityTreesPerHa: 2500, survivalPercent: 85, geometry: polygon(box(113.54, 22.2, 0.005, 0.01)) },
        { name: 'east', species: 'avicennia-marina', areaPercent: 30 },
      ],
    })
    expect(site.strata).toHaveLength(2)
    // The western half of the box by longitude: exactly half of R² · Δλ · (sin φ2 − sin φ1).
    expect(site.strata[0]).toMatchObject({ species: 'kandelia-obovata', plantingYear: 2024, plantingDensityTreesPerHa: 2500, survivalPercent: 85 })
    expect(site.strata[0].areaPercent).toBeCloseTo(50, 3)
    expect(site.strata[0].geometry.type).toBe('MultiPolygon')
    expect(site.strata[1]).toMatchObject({ name: 'east', areaPercent: 30, geometry: null })
    expect(site.strata[1].areaHa).toBeCloseTo(0.3 * site.areaHa, 3)
  })
})

describe('bad geometry: 400 with a field path, nothing stored', () => {
  it('unclosed ring → path of the last position', async () => {
    const { problem, error } = await expectRefused(
      { name: 'x', geometry: polygon([[113.5, 22.3], [113.51, 22.3], [113.51, 22.31], [113.5, 22.31], [113.5001, 22.3]]) },
      { code: 'invalid_geometry', path: 'geometry.coordinates[0][4]', errorCode: 'ring_not_closed' },
    )
    expect(problem.detail).toBe(error.message)
  })

  it('self-intersection → the kink point, in Chinese when asked', async () => {
    const { problem, error } = await expectRefused(
      { name: 'x', geometry: polygon([[113.5, 22.3], [113.51, 22.31], [113.51, 22.3], [113.5, 22.31], [113.5, 22.3]]) },
      { code: 'invalid_geometry', path: 'geometry.coordinates', errorCode: 'self_intersection' },
      { 'accept-language': 'zh-CN' },
    )
    expect(problem.title).toBe('几何图形无效')
    // The diagonals cross at their midpoint (113.505, 22.305).
    expect(error.message).toBe('边界在 113.505, 22.305 处自相交或自接触。')
  })

  it('longitude out of range, a ring of 3 positions, a hole outside its shell', async () => {
    await expectRefused({ name: 'x', geometry: polygon([[113.5, 22.3], [213.5, 22.3], [113.51, 22.31], [113.5, 22.3]]) }, { code: 'invalid_geometry', path: 'geometry.coordinates[0][1]', errorCode: 'longitude_out_of_range' })
    await expectRefused({ name: 'x', geometry: polygon([[113.5, 22.3], [113.51, 22.3], [113.5, 22.3]]) }, { code: 'invalid_geometry', path: 'geometry.coordinates[0]', errorCode: 'ring_too_short' })
    await expectRefused({ name: 'x', geometry: polygon(box(113.5, 22.3, 0.01, 0.01), box(113.52, 22.3, 0.001, 0.001)) }, { code: 'invalid_geometry', path: 'geometry.coordinates[1]', errorCode: 'hole_outside_shell' })
  })

  it('area below 0.01 ha and above maxSiteAreaHa (10,000 ha)', async () => {
    // 0.00005° box ≈ 0.0028 ha; 0.1° box at 22.3°N = 4.0589753e13 × 1.7453293e-3 × (sin 22.4° − sin 22.3°) ≈ 11,423 ha.
    await expectRefused({ name: 'x', geometry: polygon(box(113.5, 22.3, 0.00005, 0.00005)) }, { code: 'invalid_geometry', path: 'geometry', errorCode: 'area_too_small' })
    const { error } = await expectRefused({ name: 'x', geometry: polygon(box(113.5, 22.3, 0.1, 0.1)) }, { code: 'invalid_geometry', path: 'geometry', errorCode: 'area_too_large' })
    expect(error.message).toContain(`The area is ${boxAreaHa(22.3, 0.1, 0.1).toFixed(2)} ha`)
  })

  it(`more than ${MAX_SITE_VERTICES.toLocaleString('en')} positions`, async () => {
    const ring = Array.from({ length: MAX_SITE_VERTICES + 1 }, (_, i) => {
      const a = (2 * Math.PI * i) / (MAX_SITE_VERTICES + 1)
      return [113.5 + 0.01 * Math.cos(a), 22.3 + 0.01 * Math.sin(a)]
    })
    ring.push(ring[0]!)
    await expectRefused({ name: 'x', geometry: polygon(ring) }, { code: 'invalid_geometry', path: 'geometry', errorCode: 'too_many_vertices' })
  })

  it('strata outside the site, shares over 100 %, and a stratum with neither polygon nor share', async () => {
    const geometry = polygon(box(113.5, 22.3, 0.01, 0.01))
    await expectRefused({ name: 'x', geometry, strata: [{ species: 'kandelia-obovata', geometry: polygon(box(113.508, 22.3, 0.004, 0.004)) }] }, { code: 'invalid_geometry', path: 'strata[0].geometry', errorCode: 'stratum_outside_site' })
    await expectRefused({ name: 'x', geometry, strata: [{ species: 'a', areaPercent: 70 }, { species: 'b', areaPercent: 40 }] }, { code: 'invalid_geometry', path: 'strata', errorCode: 'strata_share_exceeds_site' })
    await expectRefused({ name: 'x', geometry, strata: [{ species: 'a' }] }, { code: 'validation_failed', path: 'strata[0]' })
  })

  it('not GeoJSON at all, or a missing name → validation_failed with the field path', async () => {
    await expectRefused({ name: 'x', geometry: 'POLYGON((0 0, 1 0, 1 1, 0 0))' }, { code: 'validation_failed', path: 'geometry' })
    await expectRefused({ geometry: polygon(box(113.5, 22.3, 0.01, 0.01)) }, { code: 'validation_failed', path: 'name' })
  })
})

describe('reading, editing and deleting', () => {
  it('lists a project\'s sites and gets one', async () => {
    const list = await (await ctx.app.request(`/api/v1/projects/${projectId}/sites`, { headers: { cookie: owner } })).json()
    expect(list.items.length).toBeGreaterThanOrEqual(3)
    const one = await ctx.app.request(`/api/v1/sites/${list.items[0].id}`, { headers: { cookie: owner } })
    expect(one.status).toBe(200)
    expect((await one.json()).areaHa).toBe(list.items[0].areaHa)
  })

  it('a new geometry recomputes the area and re-checks the strata', async () => {
    const site = await createSite(ctx, owner, projectId, {
      name: 'to edit',
      geometry: polygon(box(113.56, 22.2, 0.01, 0.01)),
      strata: [{ species: 'kandelia-obovata', geometry: polygon(box(113.56, 22.2, 0.004, 0.004)) }],
    })
    const smaller = polygon(box(113.565, 22.2, 0.005, 0.01))
    const before = await tableCounts(ctx.sql)
    const refused = await ctx.app.request(`/api/v1/sites/${site.id}`, jsonInit('PATCH', { geometry: smaller }, owner))
    expect(refused.status).toBe(400)
    expect((await refused.json()).errors[0]).toMatchObject({ path: 'strata[0].geometry', code: 'stratum_outside_site' })
    expect(await tableCounts(ctx.sql)).toEqual(before)

    const ok = await ctx.app.request(`/api/v1/sites/${site.id}`, jsonInit('PATCH', { name: 'edited', geometry: smaller, strata: [] }, owner))
    expect(ok.status).toBe(200)
    const body = await ok.json()
    expect(body.name).toBe('edited')
    expect(body.areaHa).toBeCloseTo(boxAreaHa(22.2, 0.005, 0.01), 3)
    expect(body.strata).toEqual([])
  })

  it('deletes a site with its strata, and audits it', async () => {
    const site = await createSite(ctx, owner, projectId, { name: 'to delete', geometry: polygon(box(113.58, 22.2, 0.01, 0.01)), strata: [{ species: 'a', areaPercent: 100 }] })
    const res = await ctx.app.request(`/api/v1/sites/${site.id}`, { method: 'DELETE', headers: { cookie: owner } })
    expect(res.status).toBe(204)
    expect(await ctx.sql`SELECT 1 FROM site_strata WHERE site_id = ${site.id}`).toHaveLength(0)
    expect((await ctx.app.request(`/api/v1/sites/${site.id}`, { headers: { cookie: owner } })).status).toBe(404)
    const [event] = await ctx.sql`SELECT action FROM audit_events WHERE subject_id = ${site.id} ORDER BY id DESC LIMIT 1`
    expect(event!.action).toBe('site.delete')
  })
})

describe('ownership', () => {
  it('another organisation cannot see or change a draft\'s site (404), a reviewer cannot change a registered one (403); nothing changes', async () => {
    const site = await createSite(ctx, owner, projectId, { name: 'mine', geometry: polygon(box(113.6, 22.2, 0.01, 0.01)) })
    const other = await addOwnerOrganisation(ctx, 'owner2@sites.test', '另一家公司')
    const reviewer = await loginCookie(ctx, 'reviewer@demo.test')
    const before = await tableCounts(ctx.sql)
    expect((await ctx.app.request(`/api/v1/sites/${site.id}`, { headers: { cookie: other.cookie } })).status).toBe(404)
    expect((await ctx.app.request(`/api/v1/sites/${site.id}`, jsonInit('PATCH', { name: 'hijack' }, other.cookie))).status).toBe(404)
    expect((await ctx.app.request(`/api/v1/sites/${site.id}`, { method: 'DELETE', headers: { cookie: other.cookie } })).status).toBe(404)
    expect((await ctx.app.request(`/api/v1/projects/${projectId}/sites`, jsonInit('POST', { name: 'x', geometry: polygon(box(113.7, 22.2, 0.01, 0.01)) }, other.cookie))).status).toBe(404)
    expect((await ctx.app.request(`/api/v1/sites/${site.id}`, { headers: { cookie: reviewer } })).status).toBe(404)

    const [demo] = await ctx.sql<{ id: string }[]>`SELECT s.id FROM sites s JOIN projects p ON p.id = s.project_id WHERE p.status = 'registered' LIMIT 1`
    expect((await ctx.app.request(`/api/v1/sites/${demo!.id}`, { headers: { cookie: reviewer } })).status).toBe(200)
    const patch = await ctx.app.request(`/api/v1/sites/${demo!.id}`, jsonInit('PATCH', { name: 'hijack' }, reviewer))
    expect(patch.status).toBe(403)
    expect((await ctx.app.request(`/api/v1/sites/${demo!.id}`, jsonInit('PATCH', { name: 'hijack' }, other.cookie))).status).toBe(404)
    // The owning organisation itself cannot edit a registered project's site either: it is locked.
    const locked = await ctx.app.request(`/api/v1/sites/${demo!.id}`, jsonInit('PATCH', { name: 'late edit' }, owner))
    expect(locked.status).toBe(409)
    expect((await locked.json()).code).toBe('project_not_editable')
    expect(await tableCounts(ctx.sql)).toEqual(before)
    expect((await ctx.sql`SELECT name FROM sites WHERE id = ${site.id}`)[0]!.name).toBe('mine')
  })

  it('without a session: 401', async () => {
    expect((await ctx.app.request(`/api/v1/projects/${projectId}/sites`)).status).toBe(401)
  })
})

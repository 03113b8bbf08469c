import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { box, createProject, createSite, jsonInit, polygon } from '../fixtures/import/sites.ts'
import { createTestContext, loginCookie, type TestContext } from '../support/test-app.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(async () => ctx?.close())

const layer = async (query: string) => {
  const res = await ctx.app.request(`/api/v1/registry/sites?${query}`)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/)
  return res.json()
}

// A registered project with a grid of 0.001° squares (≈ 1.1 ha each), spaced 0.002°,
// on a 60 × 100 lattice east of the Pearl River mouth: 6,000 sites.
const GRID = { lon: 114.0, lat: 22.0, cols: 60, rows: 100, step: 0.002, size: 0.001 }
const GRID_SITES = GRID.cols * GRID.rows

async function seedGrid() {
  const [org] = await ctx.sql<{ id: string }[]>`SELECT id FROM organisations WHERE seed_key = 'demo-zhanjiang-mangrove'`
  const [p] = await ctx.sql<{ id: string }[]>`
    INSERT INTO projects (organisation_id, name, sink_type, status) VALUES (${org!.id}, 'grid', 'mangrove', 'registered') RETURNING id`
  await ctx.sql`
    INSERT INTO sites (project_id, name, geom, area_ha)
    SELECT ${p!.id}, 'g' || i || '-' || j,
           ST_Multi(ST_MakeEnvelope(${GRID.lon} + i * ${GRID.step}::float8, ${GRID.lat} + j * ${GRID.step}::float8,
                                    ${GRID.lon} + i * ${GRID.step}::float8 + ${GRID.size}::float8, ${GRID.lat} + j * ${GRID.step}::float8 + ${GRID.size}::float8, 4326)),
           1.1
    FROM generate_series(0, ${GRID.cols - 1}) i, generate_series(0, ${GRID.rows - 1}) j`
  // One more site of the project, alone 0.07° beyond the grid's corner.
  await ctx.sql`
    INSERT INTO sites (project_id, name, geom, area_ha)
    VALUES (${p!.id}, 'lone', ST_Multi(ST_MakeEnvelope(114.19, 22.24, 114.191, 22.241, 4326)), 1.1)`
}

describe('registry layer', () => {
  it('few sites in view: polygons with the public properties; drafts are never shown', async () => {
    const owner = await loginCookie(ctx, 'owner@demo.test')
    const draft = await createProject(ctx, owner, 'hidden draft')
    await createSite(ctx, owner, draft, { name: 'draft site', geometry: polygon(box(109.9, 21.2, 0.01, 0.01)) })
    const body = await layer('bbox=109.5,20.8,110.8,21.9&zoom=10')
    expect(body).toMatchObject({ type: 'FeatureCollection', representation: 'polygons', truncated: false })
    // The four demo Zhanjiang sites (registered and under review).
    expect(body.features).toHaveLength(4)
    for (const f of body.features) {
      expect(Object.keys(f.properties).sort()).toEqual(['areaHa', 'name', 'nameEn', 'projectId', 'projectName', 'projectNameEn', 'sinkType', 'siteId', 'status'])
      // The demo sites carry English names for the English map.
      expect(f.properties.nameEn).toMatch(/[A-Za-z]/)
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type)
      expect(f.properties.status).not.toBe('draft')
    }
  })

  it('more than 2,000 sites in view: clusters on a 64-px grid that account for every site and its area', async () => {
    await seedGrid()
    const bbox = `${GRID.lon - 0.01},${GRID.lat - 0.01},${GRID.lon + 0.2},${GRID.lat + 0.25}`
    const body = await layer(`bbox=${bbox}&zoom=10`)
    expect(body.representation).toBe('clusters')
    expect(body.truncated).toBe(false)
    // Every site is in exactly one cell, so the counts add up to 6,001 and the areas to 6,001 × 1.1 ha.
    const counts = body.features.map((f: { properties: { siteCount: number } }) => f.properties.siteCount)
    expect(counts.reduce((a: number, b: number) => a + b, 0)).toBe(GRID_SITES + 1)
    const area = body.features.reduce((s: number, f: { properties: { areaHa: number } }) => s + f.properties.areaHa, 0)
    expect(area).toBeCloseTo((GRID_SITES + 1) * 1.1, 6)
    // Zoom 10: a 64-px cell is 64 × 360 / (512 × 2¹⁰) = 0.0439°; the grid spans 0.12° × 0.2°,
    // so at most ⌈0.12/0.0439 + 1⌉ × ⌈0.2/0.0439 + 1⌉ = 4 × 6 = 24 cells, plus the lone site's.
    expect(body.features.length).toBeLessThanOrEqual(25)
    // The lone site's cell is that site, as a point with its properties.
    const lone = body.features.find((f: { properties: { name?: string } }) => f.properties.name === 'lone')
    expect(lone.properties).toMatchObject({ cluster: false, siteCount: 1, projectName: 'grid', status: 'registered', areaHa: 1.1 })
    expect(lone.geometry.coordinates[0]).toBeCloseTo(114.1905, 6)
    expect(body.features.every((f: { geometry: { type: string } }) => f.geometry.type === 'Point')).toBe(true)
  })

  it('zoomed in on part of the grid: polygons again', async () => {
    // 0.02° × 0.02° holds 10 × 10 = 100 sites.
    const body = await layer(`bbox=${GRID.lon - 0.0005},${GRID.lat - 0.0005},${GRID.lon + 0.0195},${GRID.lat + 0.0195}&zoom=15`)
    expect(body.representation).toBe('polygons')
    expect(body.features).toHaveLength(100)
  })

  it('a cell holding one site is that site as a point, with its properties', async () => {
    // Zoom 20: a cell is 64 × 360 / (512 × 2²⁰) ≈ 4.3e-5°, far smaller than the 0.002° spacing.
    const body = await layer(`bbox=${GRID.lon - 0.0005},${GRID.lat - 0.0005},${GRID.lon + 0.2},${GRID.lat + 0.1}&zoom=20`)
    expect(body.representation).toBe('clusters')
    const lone = body.features[0]
    expect(lone.properties).toMatchObject({ cluster: false, siteCount: 1, projectName: 'grid', status: 'registered' })
    expect(typeof lone.properties.siteId).toBe('string')
  })

  it('more cells than the cap: capped with truncated = true', async () => {
    const body = await layer(`bbox=${GRID.lon - 0.01},${GRID.lat - 0.01},${GRID.lon + 0.2},${GRID.lat + 0.25}&zoom=20`)
    expect(body.representation).toBe('clusters')
    expect(body.features).toHaveLength(5000)
    expect(body.truncated).toBe(true)
  })

  it('the pre-counted cells follow every change: new sites, submission, edits, a project back to draft, deletion', async () => {
    const owner = await loginCookie(ctx, 'owner@demo.test')
    const cells = async () => ctx.sql<{ level: number; cx: number; cy: number; site_count: number; area_ha: string }[]>`
      SELECT level, cx, cy, site_count, area_ha::text AS area_ha FROM registry_cells ORDER BY level, cx, cy`
    const visible = async () => {
      const [row] = await ctx.sql<{ n: number; a: string }[]>`
        SELECT count(*)::int AS n, coalesce(sum(s.area_ha), 0)::text AS a FROM sites s JOIN projects p ON p.id = s.project_id WHERE p.status <> 'draft'`
      return row!
    }
    const levelZero = async () => {
      const [row] = await ctx.sql<{ n: number; a: string }[]>`SELECT coalesce(sum(site_count), 0)::int AS n, coalesce(sum(area_ha), 0)::text AS a FROM registry_cells WHERE level = 0`
      return row!
    }
    const id = await createProject(ctx, owner, 'cells')
    const site = await createSite(ctx, owner, id, { name: 'c1', geometry: polygon(box(113.9, 21.9, 0.01, 0.01)) })
    await createSite(ctx, owner, id, { name: 'c2', geometry: polygon(box(113.92, 21.9, 0.01, 0.01)) })
    expect(await levelZero()).toEqual(await visible())
    expect((await ctx.app.request(`/api/v1/projects/${id}/submit`, { method: 'POST', headers: { cookie: owner } })).status).toBe(200)
    expect(await levelZero()).toEqual(await visible())
    // Reviewers send it back; the owner moves a site; then it goes back to draft and is deleted.
    await ctx.sql`UPDATE projects SET status = 'changes_requested' WHERE id = ${id}`
    expect((await ctx.app.request(`/api/v1/sites/${site.id}`, jsonInit('PATCH', { geometry: polygon(box(113.95, 21.95, 0.02, 0.01)) }, owner))).status).toBe(200)
    expect(await levelZero()).toEqual(await visible())
    // Incremental upkeep equals a full recount, on every level.
    const kept = await cells()
    await ctx.sql`SELECT registry_cells_rebuild()`
    expect(await cells()).toEqual(kept)
    expect((await ctx.app.request(`/api/v1/projects/${id}`, { method: 'DELETE', headers: { cookie: owner } })).status).toBe(204)
    expect(await levelZero()).toEqual(await visible())
    await ctx.sql`UPDATE projects SET status = 'draft' WHERE name = 'grid'`
    expect(await levelZero()).toEqual(await visible())
    const afterDraft = await cells()
    await ctx.sql`SELECT registry_cells_rebuild()`
    expect(await cells()).toEqual(afterDraft)
  })

  it('parallel edits of public projects in one area all succeed and are all counted (cells are locked in one order)', async () => {
    const owner = await loginCookie(ctx, 'owner@demo.test')
    const ids: string[] = []
    for (let i = 0; i < 6; i++) ids.push(await createProject(ctx, owner, `parallel ${i}`))
    // Sent back for changes: public (counted in the cells) and still editable.
    await ctx.sql`UPDATE projects SET status = 'changes_requested' WHERE id = ANY(${ctx.sql.array(ids)}::uuid[])`
    const results = await Promise.all(
      ids.flatMap((id, i) => [0, 1].map((k) => ctx.app.request(
        `/api/v1/projects/${id}/sites`,
        jsonInit('POST', { name: `p${i}-${k}`, geometry: polygon(box(113.8 + 0.002 * i, 21.8 + 0.002 * k, 0.001, 0.001)) }, owner),
      ))),
    )
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(201))
    const [cells] = await ctx.sql<{ n: number }[]>`SELECT sum(site_count)::int AS n FROM registry_cells WHERE level = 0`
    const [sites] = await ctx.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM sites s JOIN projects p ON p.id = s.project_id WHERE p.status <> 'draft'`
    expect(cells!.n).toBe(sites!.n)
  })

  it('a malformed bbox is a 400 naming the parameter', async () => {
    const res = await ctx.app.request('/api/v1/registry/sites?bbox=110,22,109,21')
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].path).toBe('query.bbox')
  })
})

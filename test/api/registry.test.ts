import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { box, createProject, createSite, polygon } from '../fixtures/import/sites.ts'
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
      expect(Object.keys(f.properties).sort()).toEqual(['areaHa', 'name', 'projectId', 'projectName', 'sinkType', 'siteId', 'status'])
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
    // Every site is in exactly one cell, so the counts add up to 6,000 and the areas to 6,000 × 1.1 ha.
    const counts = body.features.map((f: { properties: { siteCount: number } }) => f.properties.siteCount)
    expect(counts.reduce((a: number, b: number) => a + b, 0)).toBe(GRID_SITES)
    const area = body.features.reduce((s: number, f: { properties: { areaHa: number } }) => s + f.properties.areaHa, 0)
    expect(area).toBeCloseTo(GRID_SITES * 1.1, 6)
    // Zoom 10: a 64-px cell is 64 × 360 / (512 × 2¹⁰) = 0.0439°; the grid spans 0.12° × 0.2°,
    // so at most ⌈0.12/0.0439 + 1⌉ × ⌈0.2/0.0439 + 1⌉ = 4 × 6 = 24 cells.
    expect(body.features.length).toBeLessThanOrEqual(24)
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

  it('a malformed bbox is a 400 naming the parameter', async () => {
    const res = await ctx.app.request('/api/v1/registry/sites?bbox=110,22,109,21')
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].path).toBe('query.bbox')
  })
})

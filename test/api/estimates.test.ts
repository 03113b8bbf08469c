import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, loginCookie, tableCounts, type TestContext } from '../support/test-app.ts'

let ctx: TestContext
let ownerCookie: string
let gaoqiaoSiteId: string

beforeAll(async () => {
  ctx = await createTestContext()
  ownerCookie = await loginCookie(ctx, 'owner@demo.test')
  const [site] = await ctx.sql<{ id: string }[]>`SELECT id FROM sites ORDER BY area_ha DESC LIMIT 1`
  gaoqiaoSiteId = site!.id
})
afterAll(async () => ctx?.close())

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  ctx.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

describe('GET /api/v1/methodologies', () => {
  it('lists every methodology id of issue 4 that is registered, with version and sink type', async () => {
    const res = await ctx.app.request('/api/v1/methodologies')
    expect(res.status).toBe(200)
    const { methodologies } = await res.json()
    const ids = methodologies.map((m: { id: string }) => m.id)
    expect(ids).toContain('mangrove-afforestation')
    expect(ids).toContain('coastal-transition')
    for (const m of methodologies) {
      expect(m.version).toMatch(/\d/)
      expect(m.title.zh.length).toBeGreaterThan(0)
      expect(m.references.length).toBeGreaterThan(0)
    }
  })

  it('serves the JSON Schema of the inputs with units, defaults and sources', async () => {
    const res = await ctx.app.request('/api/v1/methodologies/mangrove-afforestation')
    expect(res.status).toBe(200)
    const body = await res.json()
    const props = body.inputSchema.properties
    expect(props.areaHa).toMatchObject({ type: 'number', unit: 'ha' })
    expect(props.carbonFraction).toMatchObject({ default: 0.47, unit: 'tC/t d.m.' })
    expect(props.carbonFraction.source.document).toMatch(/AR-TOOL14/)
    expect(body.inputSchema.required).toEqual(expect.arrayContaining(['areaHa', 'startYear', 'creditingYears']))
  })

  it('unknown methodology → 404 problem', async () => {
    const res = await ctx.app.request('/api/v1/methodologies/unicorn-sink', { headers: { 'accept-language': 'zh' } })
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ code: 'methodology_not_found', detail: '不存在编号为“unicorn-sink”的方法学。' })
  })
})

describe('POST /api/v1/estimates', () => {
  it('reproduces the methodologies.md §10 worked example through the API (100 ha Kandelia, linear growth as §10 A4, 20 years)', async () => {
    const res = await post('/api/v1/estimates', { methodology: 'mangrove-afforestation', params: { areaHa: 100, startYear: 2026, creditingYears: 20, strata: [{ growthModel: { kind: 'linear' } }] } })
    expect(res.status).toBe(200)
    const result = await res.json()
    expect(result.methodology).toMatchObject({ id: 'mangrove-afforestation' })
    expect(result.areaHa).toBe(100)
    expect(result.years).toHaveLength(20)
    // §10.2: 18,543 (trees) + 3,667 (soil) = 22,209 t CO2e over 0–20 years; the table rounds to the tonne.
    expect(result.totals.grossRemovalsTco2e).toBeCloseTo(22209, -1)
    // Net = gross − baseline − emissions − leakage − uncertainty − buffer, every year.
    for (const y of result.years) {
      const expected = y.grossRemovalsTco2e - y.baselineTco2e - y.projectEmissionsTco2e - y.leakageTco2e - y.uncertaintyDeductionTco2e - y.bufferTco2e
      expect(y.netCreditsTco2e).toBeCloseTo(expected, 6)
      expect(y.netCreditsTco2e).toBeLessThanOrEqual(y.grossRemovalsTco2e)
    }
    expect(result.totals.bufferTco2e).toBeGreaterThan(0)
  })

  it('by default grows Kandelia on the S19-calibrated curve and shows the curve, its parameters and source', async () => {
    const res = await post('/api/v1/estimates', { methodology: 'mangrove-afforestation', params: { areaHa: 100, startYear: 2026, creditingYears: 5, nonPermanenceRisk: { method: 'fixed', bufferPercent: 0 } } })
    expect(res.status).toBe(200)
    const result = await res.json()
    // methodologies/mangrove-afforestation/test/out/hand-kandelia-curve-first-5-years.json: 193.186 in year 1, 1,813.799 over 5 years.
    expect(result.years[0].grossRemovalsTco2e).toBeCloseTo(193.186, 2)
    expect(result.totals.grossRemovalsTco2e).toBeCloseTo(1813.799, 2)
    expect(result.growthCurves).toHaveLength(1)
    expect(result.growthCurves[0]).toMatchObject({ kind: 'chapman-richards', parameters: { max: 751, rateKPerYear: 0.03835, shapeP: 3 }, holdAfterAgeYears: 20, source: { id: 'S19' } })
  })

  it('a growth curve without its parameters is refused at their field paths', async () => {
    const strata = [{ species: 'avicennia-marina', growthModel: { kind: 'chapman-richards', shapeP: 3 } }]
    const res = await post('/api/v1/estimates', { methodology: 'mangrove-afforestation', params: { areaHa: 1, startYear: 2026, creditingYears: 5, strata } }, { 'accept-language': 'en' })
    expect(res.status).toBe(400)
    const paths = (await res.json()).errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['params.strata[0].growthModel.agbMaxTdmPerHa', 'params.strata[0].growthModel.rateKPerYear']))
  })

  it('takes the area from a drawn geometry (geodesic) instead of params', async () => {
    // 0.01° × 0.01° at 21°N: 1113.2 m × (1113.2 m × cos 21°) ≈ 1,156,900 m² ≈ 115.7 ha on the sphere.
    const geometry = { type: 'Polygon', coordinates: [[[110, 21], [110.01, 21], [110.01, 21.01], [110, 21.01], [110, 21]]] }
    const res = await post('/api/v1/estimates', { methodology: 'mangrove-afforestation', geometry, params: { areaHa: 1, startYear: 2026, creditingYears: 10 } })
    expect(res.status).toBe(200)
    const result = await res.json()
    expect(result.areaHa).toBeGreaterThan(114.5)
    expect(result.areaHa).toBeLessThan(116.5)
  })

  it('schema failures → 400 with params.* field paths in the chosen language', async () => {
    const res = await post(
      '/api/v1/estimates',
      { methodology: 'mangrove-afforestation', params: { areaHa: -5, startYear: 2026, creditingYears: 500, strata: [{ survivalPercent: 140 }] } },
      { 'accept-language': 'zh-CN' },
    )
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.code).toBe('validation_failed')
    const paths = body.errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['params.areaHa', 'params.creditingYears', 'params.strata[0].survivalPercent']))
    expect(body.errors.find((e: { path: string }) => e.path === 'params.areaHa').message).toMatch(/数值过小/)
  })

  it('NaN and Infinity cannot even be sent as JSON; strings in their place are refused', async () => {
    const res = await post('/api/v1/estimates', { methodology: 'mangrove-afforestation', params: { areaHa: 'NaN', startYear: 2026, creditingYears: 20 } })
    expect(res.status).toBe(400)
    const raw = await ctx.app.request('/api/v1/estimates', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"methodology":"mangrove-afforestation","params":{"areaHa":NaN}}',
    })
    expect(raw.status).toBe(400)
    expect((await raw.json()).code).toBe('malformed_json')
  })

  it('unknown methodology → 404', async () => {
    const res = await post('/api/v1/estimates', { methodology: 'unicorn-sink', params: {} })
    expect(res.status).toBe(404)
    expect((await res.json()).code).toBe('methodology_not_found')
  })

  it('an oversized crediting period is refused quickly, never a hang', async () => {
    const res = await post('/api/v1/estimates', { methodology: 'mangrove-afforestation', params: { areaHa: 1, startYear: 2026, creditingYears: 100000 } })
    expect(res.status).toBe(400)
  })
})

describe('saved estimates', () => {
  it('saves against a site with methodology version, inputs, outputs and content hash; a re-run is identical', async () => {
    const before = await tableCounts(ctx.sql)
    const res = await post(
      '/api/v1/estimates',
      { methodology: 'mangrove-afforestation', siteId: gaoqiaoSiteId, save: true, params: { startYear: 2026, creditingYears: 30 } },
      { cookie: ownerCookie },
    )
    expect(res.status).toBe(201)
    const { estimate, result } = await res.json()
    expect(estimate.methodology.id).toBe('mangrove-afforestation')
    expect(estimate.contentHash).toMatch(/^[0-9a-f]{64}$/)
    const [site] = await ctx.sql<{ area_ha: string }[]>`SELECT area_ha::text FROM sites WHERE id = ${gaoqiaoSiteId}`
    expect(result.areaHa).toBeCloseTo(Number(site!.area_ha), 4)
    expect(estimate.totalNetCreditsTco2e).toBeCloseTo(result.totals.netCreditsTco2e, 3)

    const after = await tableCounts(ctx.sql)
    expect(after.site_estimates).toBe(before.site_estimates! + 1)
    expect(after.audit_events).toBe(before.audit_events! + 1)
    const [event] = await ctx.sql`SELECT action, subject_id, payload FROM audit_events ORDER BY id DESC LIMIT 1`
    expect(event).toMatchObject({
      action: 'estimate.save',
      subject_id: gaoqiaoSiteId,
      payload: { estimateId: estimate.id, methodology: 'mangrove-afforestation', version: estimate.methodology.version, contentHash: estimate.contentHash },
    })

    // Stored inputs have every default filled in, so the re-run does not depend on today's defaults.
    const stored = await ctx.app.request(`/api/v1/estimates/${estimate.id}`, { headers: { cookie: ownerCookie } })
    const detail = await stored.json()
    expect(detail.inputs.carbonFraction).toBe(0.47)

    const rerun = await ctx.app.request(`/api/v1/estimates/${estimate.id}/rerun`, { method: 'POST', headers: { cookie: ownerCookie } })
    expect(rerun.status).toBe(200)
    const again = await rerun.json()
    expect(again.identical).toBe(true)
    expect(again.contentHash).toBe(estimate.contentHash)
    expect(again.result).toEqual(result)

    const list = await ctx.app.request(`/api/v1/estimates?siteId=${gaoqiaoSiteId}`, { headers: { cookie: ownerCookie } })
    expect((await list.json()).estimates[0].id).toBe(estimate.id)
  })

  it('saving needs a session; another organisation cannot save; nothing is stored', async () => {
    const buyer = await loginCookie(ctx, 'buyer@demo.test')
    const reviewer = await loginCookie(ctx, 'reviewer@demo.test')
    const before = await tableCounts(ctx.sql)
    const body = { methodology: 'mangrove-afforestation', siteId: gaoqiaoSiteId, save: true, params: { startYear: 2026, creditingYears: 10 } }
    expect((await post('/api/v1/estimates', body)).status).toBe(401)
    const forbidden = await post('/api/v1/estimates', body, { cookie: buyer })
    // Buyers do not examine other organisations' projects, so the site is simply not visible to them.
    expect(forbidden.status).toBe(404)
    expect((await post('/api/v1/estimates', body, { cookie: reviewer })).status).toBe(403)
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })

  it('save without siteId → 400 naming the field', async () => {
    const res = await post('/api/v1/estimates', { methodology: 'mangrove-afforestation', save: true, params: { areaHa: 1, startYear: 2026, creditingYears: 1 } }, { cookie: ownerCookie })
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].path).toBe('save')
  })
})

describe('drawn geometry is checked like a stored site', () => {
  it('a self-intersecting drawing → 400 invalid_geometry naming the kink point; valuations too', async () => {
    // A bow-tie: the edges (110,21)→(110.01,21.01) and (110.01,21)→(110,21.01) cross at (110.005, 21.005).
    const bowTie = { type: 'Polygon', coordinates: [[[110, 21], [110.01, 21.01], [110.01, 21], [110, 21.01], [110, 21]]] }
    const res = await post('/api/v1/estimates', { methodology: 'mangrove-afforestation', geometry: bowTie, params: { startYear: 2026, creditingYears: 10 } })
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.code).toBe('invalid_geometry')
    expect(body.detail).toContain('110.005')
    expect(body.errors[0].path).toMatch(/^geometry/)
  })

  it('a drawing larger than the maximum site area → 400', async () => {
    const huge = { type: 'Polygon', coordinates: [[[109, 20], [111, 20], [111, 22], [109, 22], [109, 20]]] }
    const res = await post('/api/v1/estimates', { methodology: 'mangrove-afforestation', geometry: huge, params: { startYear: 2026, creditingYears: 10 } })
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].code).toBe('area_too_large')
  })
})

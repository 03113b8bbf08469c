import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gepValuation } from '../../methodologies/gep/index.ts'
import { estimateContentHash } from '../../api/estimates/run-estimate.ts'
import { createTestContext, loginCookie, seededSiteIds, tableCounts, type TestContext } from '../support/test-app.ts'
import { zeroMangroveServices } from '../fixtures/valuation/zero-mangrove-services.ts'

let ctx: TestContext
let ownerCookie: string
let siteIds: Record<string, string>

beforeAll(async () => {
  ctx = await createTestContext()
  ownerCookie = await loginCookie(ctx, 'owner@demo.test')
  siteIds = await seededSiteIds(ctx.sql)
})
afterAll(async () => ctx?.close())

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  ctx.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

/** A 0.01° × 0.01° square off Zhanjiang (≈ 115 ha); only per-hectare services depend on it. */
const SQUARE = { type: 'Polygon', coordinates: [[[110.3, 21.1], [110.31, 21.1], [110.31, 21.11], [110.3, 21.11], [110.3, 21.1]]] }


type YearRow = { year: number; grossRemovalsTco2e: number; projectEmissionsTco2e: number }
type ServiceRow = { id: string; status: string; quantity: number | null; unitPrice: number | null; valueCnyPerYear: number | null; message?: { en: string; zh: string }; source: { quantity: unknown; unitPrice: { url?: string } | null } }

async function saveEstimate(siteId: string, params: Record<string, unknown>) {
  const res = await post('/api/v1/estimates', { methodology: 'mangrove-afforestation', siteId, save: true, params }, { cookie: ownerCookie })
  expect(res.status).toBe(201)
  return (await res.json()) as { estimate: { id: string; contentHash: string }; result: { years: YearRow[] } }
}

describe('POST /api/v1/valuations with a site', () => {
  it("values carbon from the site's latest saved estimate (gross − project emissions) at the CEA reference price; NPV matches the closed form", async () => {
    const siteId = siteIds['gaoqiao-inlet-head']!
    // 1 tCO2e/ha/yr of project emissions makes "gross − emissions" differ from gross.
    const saved = await saveEstimate(siteId, { startYear: 2025, creditingYears: 10, projectEmissionsTco2ePerHaPerYear: 1 })
    const res = await post(
      '/api/v1/valuations',
      {
        siteId,
        ecosystem: 'mangrove',
        carbonPrice: { series: 'CEA' },
        params: { valuationYear: 2025, horizonYears: 3, discountRatePercent: 5, services: zeroMangroveServices() },
      },
      { cookie: ownerCookie },
    )
    expect(res.status).toBe(200)
    const { result, basis, inputs } = await res.json()

    // finance.md §3.1: CEA 2025 full-year average 62.36 CNY/t, seeded with its source URL.
    expect(basis.carbonPrice).toMatchObject({ kind: 'series', series: 'CEA', priceCnyPerTco2e: '62.36', periodEnd: '2025-12-31', statistic: 'average' })
    expect(basis.carbonPrice.sourceUrl).toBe('https://www.lvxunhk.com/newsdetail.aspx?bsid=4066')
    expect(basis.carbon).toMatchObject({ status: 'estimate', estimateId: saved.estimate.id, contentHash: saved.estimate.contentHash, fromYear: 2025, toYear: 2034, netEmissionYears: [] })

    // Physical sequestration per year, from the saved estimate's own rows.
    const physical = saved.result.years.slice(0, 3).map((y) => y.grossRemovalsTco2e - y.projectEmissionsTco2e)
    expect(physical[0]).toBeLessThan(saved.result.years[0]!.grossRemovalsTco2e)
    expect(inputs.carbonSequestrationByYear.slice(0, 3).map((r: { tco2e: number }) => r.tco2e)).toEqual(physical)

    const carbon = result.services.find((s: ServiceRow) => s.id === 'carbon-sequestration') as ServiceRow
    expect(carbon.status).toBe('ok')
    expect(carbon.unitPrice).toBe(62.36)
    expect(carbon.source.unitPrice?.url).toBe('https://www.lvxunhk.com/newsdetail.aspx?bsid=4066')
    // Mean quantity over the 3-year horizon × 62.36.
    const meanT = (physical[0]! + physical[1]! + physical[2]!) / 3
    expect(carbon.quantity).toBeCloseTo(meanT, 5)
    expect(carbon.valueCnyPerYear).toBeCloseTo(meanT * 62.36, 2)

    // Only carbon carries value, flows at year end: NPV = Σ qᵢ × 62.36 / 1.05^(i+1).
    const npv = (physical[0]! * 62.36) / 1.05 + (physical[1]! * 62.36) / 1.05 ** 2 + (physical[2]! * 62.36) / 1.05 ** 3
    expect(result.npvCny).toBeCloseTo(npv, 1)
    expect(result.years.map((y: { year: number }) => y.year)).toEqual([2025, 2026, 2027])
  })

  it('lists every service with its sources and ranks the sensitivity table by swing', async () => {
    const siteId = siteIds['gaoqiao-inlet-east']!
    await saveEstimate(siteId, { startYear: 2025, creditingYears: 5 })
    const res = await post(
      '/api/v1/valuations',
      {
        siteId,
        ecosystem: 'mangrove',
        carbonPrice: { series: 'CCER' },
        params: {
          valuationYear: 2025,
          horizonYears: 5,
          discountRatePercent: 3,
          services: {
            aquaticProducts: { harvestTPerYear: 2, unitPrice: { value: 30_000, priceYear: 2025, sourceNote: 'farm-gate survey' } },
            // No cited mangrove P or COD removal rate exists: both are required site inputs.
            waterPurificationPhosphorus: { removalKgPerHaPerYear: 2 },
            waterPurificationCod: { removalKgPerHaPerYear: 50 },
            coastalProtection: { protectedShorelineKm: 1.5, seawallServiceLifeYears: 50 },
            climateRegulation: { coolingEnergyKwhPerHaPerYear: 1000, electricityPrice: { value: 0.6, priceYear: 2025 } },
            recreation: { visitsPerYear: 2000 },
          },
        },
      },
      { cookie: ownerCookie },
    )
    const body = await res.json()
    expect(res.status, JSON.stringify(body.errors)).toBe(200)
    const { result } = body
    expect(result.services.map((s: ServiceRow) => s.id)).toEqual([
      'aquatic-products',
      'carbon-sequestration',
      'oxygen-release',
      'water-purification-nitrogen',
      'water-purification-phosphorus',
      'water-purification-cod',
      'coastal-protection',
      'climate-regulation',
      'sediment-retention',
      'recreation',
    ])
    for (const s of result.services as ServiceRow[]) {
      expect(s.status).toBe('ok')
      expect(s.source.quantity).not.toBeNull()
      expect(s.source.unitPrice).not.toBeNull()
    }
    // finance.md §3.3: CCER 2025 average 70.76.
    expect(result.services[1].unitPrice).toBe(70.76)
    const swings = result.sensitivity.map((r: { swingCny: number }) => r.swingCny)
    expect(swings.length).toBe(20)
    for (let i = 1; i < swings.length; i++) expect(swings[i]).toBeLessThanOrEqual(swings[i - 1])
    // A ±20 % move of one factor moves its service's NPV share by ±20 %: swing = 0.4 × that share > 0.
    expect(swings[0]).toBeGreaterThan(0)
  })

  it('a site without a saved estimate: the carbon row (and oxygen, which follows from it) needs an estimate', async () => {
    const siteId = siteIds['techeng-island-south']!
    const res = await post(
      '/api/v1/valuations',
      { siteId, ecosystem: 'mangrove', carbonPrice: { series: 'CEA' }, params: { valuationYear: 2025, horizonYears: 2, discountRatePercent: 4, services: zeroMangroveServices({ oxygenRelease: {} }) } },
      { cookie: ownerCookie },
    )
    expect(res.status).toBe(200)
    const { result, basis } = await res.json()
    expect(basis.carbon).toEqual({ status: 'no-estimate' })
    const carbon = result.services.find((s: ServiceRow) => s.id === 'carbon-sequestration') as ServiceRow
    expect(carbon).toMatchObject({ status: 'needs-input', quantity: null, valueCnyPerYear: null })
    expect(carbon.message?.en).toMatch(/No carbon estimate for this site/)
    expect(carbon.message?.zh).toMatch(/尚无碳汇估算/)
    expect(result.services.find((s: ServiceRow) => s.id === 'oxygen-release').status).toBe('needs-input')
    expect(result.warnings.map((w: { code: string }) => w.code)).toContain('totals-exclude-services')
  })

  it('years where project emissions exceed removals count as 0 t sequestered and are named in the basis', async () => {
    const siteId = siteIds['leizhou-bay-nandu-estuary']!
    // 50 tCO2e/ha/yr of emissions exceeds the ≈ 11 tCO2e/ha/yr of Kandelia removals every year.
    const saved = await saveEstimate(siteId, { startYear: 2025, creditingYears: 3, projectEmissionsTco2ePerHaPerYear: 50 })
    for (const y of saved.result.years) expect(y.grossRemovalsTco2e).toBeLessThan(y.projectEmissionsTco2e)
    const res = await post(
      '/api/v1/valuations',
      { siteId, ecosystem: 'mangrove', carbonPrice: { priceCnyPerTco2e: 100 }, params: { valuationYear: 2025, horizonYears: 3, discountRatePercent: 0, services: zeroMangroveServices() } },
      { cookie: ownerCookie },
    )
    expect(res.status).toBe(200)
    const { result, basis } = await res.json()
    expect(basis.carbon.netEmissionYears).toEqual([2025, 2026, 2027])
    expect(result.services.find((s: ServiceRow) => s.id === 'carbon-sequestration')).toMatchObject({ status: 'ok', quantity: 0, valueCnyPerYear: 0 })
  })
})

describe('POST /api/v1/valuations with a geometry', () => {
  it('NPV of one service equals the ordinary annuity: 1,000 visits × 100 CNY, 5 %, 3 years', async () => {
    const res = await post('/api/v1/valuations', {
      geometry: SQUARE,
      ecosystem: 'mangrove',
      carbonPrice: { priceCnyPerTco2e: 50, sourceNote: 'scenario' },
      params: {
        valuationYear: 2025,
        horizonYears: 3,
        discountRatePercent: 5,
        services: zeroMangroveServices({ recreation: { visitsPerYear: 1000, valuePerVisit: { value: 100, priceYear: 2025 } } }),
      },
    })
    expect(res.status).toBe(200)
    const { result, basis } = await res.json()
    expect(basis.carbon).toEqual({ status: 'no-site' })
    expect(basis.carbonPrice).toEqual({ kind: 'user', priceCnyPerTco2e: 50, sourceNote: 'scenario' })
    // 0.01° × 0.01° at 21.105° N on the 6,371,008.8 m sphere ≈ 1,111.95 m × 1,037.4 m ≈ 115.4 ha.
    expect(basis.area.areaHa).toBeGreaterThan(114.5)
    expect(basis.area.areaHa).toBeLessThan(116.5)
    // Without a site, carbon cannot be valued: never invented.
    expect(result.services.find((s: ServiceRow) => s.id === 'carbon-sequestration').status).toBe('needs-input')

    // Flow 1,000 × 100 = 100,000 CNY/yr at year end:
    // 100,000/1.05 + 100,000/1.1025 + 100,000/1.157625 = 95,238.0952 + 90,702.9478 + 86,383.7599 = 272,324.8029
    expect(result.totalCnyPerYear).toBeCloseTo(100_000, 2)
    expect(result.npvCny).toBeCloseTo(272_324.8, 2)
    expect(result.years.map((y: { discountedCny: number }) => y.discountedCny)).toEqual([95_238.1, 90_702.95, 86_383.76])
    // Sensitivity: ±20 % of the only valued service → 0.8 × and 1.2 × the NPV, swing 0.4 × 272,324.80 = 108,929.92.
    expect(result.sensitivity.slice(0, 2).map((r: { serviceId: string; kind: string }) => `${r.serviceId}:${r.kind}`)).toEqual(['recreation:price', 'recreation:quantity'])
    expect(result.sensitivity[0]).toMatchObject({ npvLowCny: 217_859.84, npvHighCny: 326_789.76, swingCny: 108_929.92 })
    expect(result.sensitivity[2].swingCny).toBe(0)
  })

  it('resolves every seeded series to its reference price (finance.md §3.1–§3.4)', async () => {
    const expected = { CEA: '62.36', CCER: '70.76', GDEA: '51.37', BLUE_CARBON_DEAL: '336.00' }
    for (const [series, price] of Object.entries(expected)) {
      const res = await post('/api/v1/valuations', {
        geometry: SQUARE,
        ecosystem: 'mangrove',
        carbonPrice: { series },
        params: { valuationYear: 2025, horizonYears: 1, discountRatePercent: 0, services: zeroMangroveServices() },
      })
      expect(res.status).toBe(200)
      const { basis, inputs } = await res.json()
      expect(basis.carbonPrice.priceCnyPerTco2e).toBe(price)
      expect(basis.carbonPrice.sourceUrl).toMatch(/^https?:\/\//)
      expect(inputs.carbonPrice).toMatchObject({ kind: 'series', series, priceCnyPerTco2e: Number(price), sourceUrl: basis.carbonPrice.sourceUrl })
    }
  })
})

describe('bad input', () => {
  it('unknown ecosystem and a negative carbon price → 400 naming both fields; nothing stored', async () => {
    const before = await tableCounts(ctx.sql)
    const res = await post(
      '/api/v1/valuations',
      { siteId: siteIds['gaoqiao-inlet-head'], save: true, ecosystem: 'coral-reef', carbonPrice: { priceCnyPerTco2e: -1 }, params: {} },
      { cookie: ownerCookie },
    )
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.code).toBe('validation_failed')
    expect(body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['ecosystem', 'carbonPrice.priceCnyPerTco2e']))
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })

  it('negative quantities and prices, a horizon over 100 years → 400 with params.* paths (zh); nothing stored', async () => {
    const before = await tableCounts(ctx.sql)
    const res = await post(
      '/api/v1/valuations',
      {
        siteId: siteIds['gaoqiao-inlet-head'],
        save: true,
        ecosystem: 'mangrove',
        carbonPrice: { series: 'CEA' },
        params: {
          valuationYear: 2025,
          horizonYears: 101,
          discountRatePercent: 3,
          services: zeroMangroveServices({ recreation: { visitsPerYear: -5, valuePerVisit: { value: -3, priceYear: 2025 } } }),
        },
      },
      { cookie: ownerCookie, 'accept-language': 'zh-CN' },
    )
    expect(res.status).toBe(400)
    const body = await res.json()
    const paths = body.errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(
      expect.arrayContaining(['params.horizonYears', 'params.services.recreation.visitsPerYear', 'params.services.recreation.valuePerVisit.value']),
    )
    expect(body.errors.find((e: { path: string }) => e.path === 'params.horizonYears').message).toMatch(/数值过大/)
    expect(body.errors.find((e: { path: string }) => e.path === 'params.services.recreation.visitsPerYear').message).toMatch(/数值过小/)
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })

  it('inputs the server fills are refused in params, with where they come from', async () => {
    const res = await post('/api/v1/valuations', {
      geometry: SQUARE,
      ecosystem: 'mangrove',
      carbonPrice: { series: 'CEA' },
      params: { valuationYear: 2025, horizonYears: 1, discountRatePercent: 0, areaHa: 5, carbonSequestrationTco2ePerYear: 1000, services: zeroMangroveServices() },
    })
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['params.areaHa', 'params.carbonSequestrationTco2ePerYear'])
    expect(body.errors[0].message).toMatch(/Filled by the server/)
  })

  it('needs exactly one of siteId and geometry, exactly one price choice, and a site to save', async () => {
    const base = { ecosystem: 'mangrove', params: {} }
    const neither = await post('/api/v1/valuations', { ...base, carbonPrice: { series: 'CEA' } })
    expect((await neither.json()).errors[0].path).toBe('siteId')
    const bothPrices = await post('/api/v1/valuations', { ...base, geometry: SQUARE, carbonPrice: { series: 'CEA', priceCnyPerTco2e: 10 } })
    expect((await bothPrices.json()).errors[0].path).toBe('carbonPrice.series')
    const saveNoSite = await post('/api/v1/valuations', { ...base, geometry: SQUARE, save: true, carbonPrice: { series: 'CEA' } })
    expect(saveNoSite.status).toBe(400)
    expect((await saveNoSite.json()).errors.map((e: { path: string }) => e.path)).toContain('save')
  })
})

describe('saved valuations', () => {
  it('saves inputs, outputs and a content hash that the stored JSON reproduces; lists and reads them back', async () => {
    const siteId = siteIds['gaoqiao-inlet-east']!
    const before = await tableCounts(ctx.sql)
    const res = await post(
      '/api/v1/valuations',
      { siteId, save: true, ecosystem: 'mangrove', carbonPrice: { series: 'GDEA' }, params: { valuationYear: 2025, horizonYears: 4, discountRatePercent: 3, services: zeroMangroveServices({ recreation: { visitsPerYear: 500 } }) } },
      { cookie: ownerCookie },
    )
    expect(res.status).toBe(201)
    const { valuation, result, inputs } = await res.json()
    expect(valuation).toMatchObject({ siteId, methodology: { id: 'gep-valuation' }, ecosystem: 'mangrove', carbonPriceSeries: 'GDEA' })
    expect(valuation.contentHash).toMatch(/^[0-9a-f]{64}$/)
    expect(valuation.npvCny).toBe(result.npvCny)
    const after = await tableCounts(ctx.sql)
    expect(after.site_valuations).toBe(before.site_valuations! + 1)
    expect(after.audit_events).toBe(before.audit_events! + 1)
    const [event] = await ctx.sql`SELECT action, subject_id, payload FROM audit_events ORDER BY id DESC LIMIT 1`
    expect(event).toMatchObject({
      action: 'valuation.save',
      subject_id: siteId,
      payload: { valuationId: valuation.id, methodology: 'gep-valuation', version: valuation.methodology.version, contentHash: valuation.contentHash },
    })

    const list = await (await ctx.app.request(`/api/v1/valuations?siteId=${siteId}`, { headers: { cookie: ownerCookie } })).json()
    expect(list.valuations[0].id).toBe(valuation.id)

    const detail = await (await ctx.app.request(`/api/v1/valuations/${valuation.id}`, { headers: { cookie: ownerCookie } })).json()
    expect(detail.inputs).toEqual(inputs)
    expect(detail.result).toEqual(result)
    // Reproducible: the stored inputs re-run to the stored outputs and hash to the stored hash.
    const rerun = gepValuation.compute(gepValuation.input.parse(detail.inputs))
    expect(rerun).toEqual(detail.result)
    expect(estimateContentHash(detail.valuation.methodology, detail.inputs, detail.result)).toBe(valuation.contentHash)
  })

  it('a site needs a session; buyers do not see it; reviewers cannot save; nothing stored', async () => {
    const buyer = await loginCookie(ctx, 'buyer@demo.test')
    const reviewer = await loginCookie(ctx, 'reviewer@demo.test')
    const before = await tableCounts(ctx.sql)
    const body = { siteId: siteIds['gaoqiao-inlet-head'], save: true, ecosystem: 'mangrove', carbonPrice: { series: 'CEA' }, params: { valuationYear: 2025, horizonYears: 1, discountRatePercent: 0, services: zeroMangroveServices() } }
    expect((await post('/api/v1/valuations', body)).status).toBe(401)
    expect((await post('/api/v1/valuations', body, { cookie: buyer })).status).toBe(404)
    expect((await post('/api/v1/valuations', body, { cookie: reviewer })).status).toBe(403)
    // Reviewers may value (without saving) a project under review.
    expect((await post('/api/v1/valuations', { ...body, save: false }, { cookie: reviewer })).status).toBe(200)
    expect((await ctx.app.request(`/api/v1/valuations?siteId=${siteIds['gaoqiao-inlet-head']}`, { headers: { cookie: buyer } })).status).toBe(404)
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })
})

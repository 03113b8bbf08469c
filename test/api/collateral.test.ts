import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { canonicalJson } from '../../api/shared/canonical-json.ts'
import { createTestContext, loginCookie, seededSiteIds, tableCounts, type TestContext } from '../support/test-app.ts'

let ctx: TestContext
let owner: string
let bank: string
let buyer: string
let reviewer: string
let siteIds: Record<string, string>
let projectId: string

beforeAll(async () => {
  ctx = await createTestContext()
  owner = await loginCookie(ctx, 'owner@demo.test')
  bank = await loginCookie(ctx, 'bank@demo.test')
  buyer = await loginCookie(ctx, 'buyer@demo.test')
  reviewer = await loginCookie(ctx, 'reviewer@demo.test')
  siteIds = await seededSiteIds(ctx.sql)
  const [row] = await ctx.sql<{ projectId: string }[]>`SELECT project_id AS "projectId" FROM sites WHERE id = ${siteIds['gaoqiao-inlet-head']!}`
  projectId = row!.projectId
})
afterAll(async () => ctx?.close())

const post = (path: string, body: unknown, cookie?: string, lang = 'en') =>
  ctx.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': lang, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  })

const RISKLESS = { deliveryMeanRatio: 1, deliverySdRatio: 0, risks: { typhoonEventsPerYear: 0, typhoonLossPercent: 0, diebackEventsPerYear: 0, diebackLossPercent: 0 } }

describe('POST /api/v1/collateral/valuations', () => {
  it('bank, issued units only, riskless: the deterministic DCF to the fen, with the CEA estimate reported', async () => {
    const res = await post(
      '/api/v1/collateral/valuations',
      { units: 10_000, termYears: 3, discountRatePercent: 4, ltvPercent: 60, price: { startPriceCnyPerTco2e: 60, driftPercentPerYear: 0, volatilityPercentPerYear: 0 }, ...RISKLESS, paths: 200 },
      bank,
    )
    expect(res.status).toBe(200)
    const { result, basis, inputs } = await res.json()
    // 10,000 t × 60 CNY / 1.04³ = 600,000 / 1.124864 = 533,397.82 CNY → 53,339,782 fen.
    expect(result.expectedValueFen).toBe(Math.round((600_000 / 1.04 ** 3) * 100))
    expect(result.expectedValueFen).toBe(53_339_782)
    expect(result.p5Fen).toBe(result.expectedValueFen)
    expect(result.recommendedHaircutPercent).toBe(0)
    expect(result.maxLoanFen).toBe(Math.floor((53_339_782 * 60) / 100))
    expect(inputs.price).toEqual({ startPriceCnyPerTco2e: 60, driftPercentPerYear: 0, volatilityPercentPerYear: 0 })
    // CEA 2022–2025: Parkinson on the 2022 and 2024 ranges = 20.08 % (hand calculation in price-estimate.test.ts).
    expect(basis.price.series).toBe('CEA')
    expect(basis.price.estimate.window).toEqual({ fromYear: 2022, toYear: 2025 })
    expect(basis.price.estimate.volatilityPercentPerYear).toBeCloseTo(20.08, 1)
    expect(basis.price.overridden).toEqual(['startPriceCnyPerTco2e', 'driftPercentPerYear', 'volatilityPercentPerYear'])
  })

  it('without overrides the estimated price model is used, and the same seed gives the same numbers', async () => {
    const body = { units: 5_000, termYears: 5, discountRatePercent: 4, ltvPercent: 50, paths: 2_000, seed: 9 }
    const a = await (await post('/api/v1/collateral/valuations', body, bank)).json()
    const b = await (await post('/api/v1/collateral/valuations', body, bank)).json()
    expect(a.inputs.price.startPriceCnyPerTco2e).toBe(62.36) // CEA 2025 average, finance.md §3.1
    expect(a.inputs.price.volatilityPercentPerYear).toBe(a.basis.price.estimate.volatilityPercentPerYear)
    expect(a.inputs.price.driftPercentPerYear).toBe(a.basis.price.estimate.driftPercentPerYear)
    expect(b.result).toEqual(a.result)
    expect(a.result.p5Fen).toBeLessThan(a.result.p95Fen)
    expect(a.result.drivers.map((d: { risk: string }) => d.risk)).toEqual(['price-volatility', 'delivery', 'typhoon', 'dieback'])
  })

  it("owner values its own project: the vintages are the latest saved estimate's net credits inside the term", async () => {
    const siteId = siteIds['gaoqiao-inlet-head']!
    const est = await post('/api/v1/estimates', { methodology: 'mangrove-afforestation', siteId, save: true, params: { startYear: 2026, creditingYears: 10 } }, owner)
    expect(est.status).toBe(201)
    const saved = (await est.json()) as { estimate: { id: string }; result: { years: { year: number; netCreditsTco2e: number }[] } }
    const res = await post('/api/v1/collateral/valuations', { projectId, termYears: 4, discountRatePercent: 5, ltvPercent: 50, paths: 500 }, owner)
    expect(res.status).toBe(200)
    const { inputs, basis } = await res.json()
    // The test clock is 2026-06-01: term years are the vintages 2026–2029.
    const expected = saved.result.years.filter((y) => y.year >= 2026 && y.year <= 2029).map((y) => Math.max(0, y.netCreditsTco2e))
    expect(expected.length).toBe(4)
    // Other sites of the project have no saved estimate yet: only this one counts.
    expect(inputs.futureCreditsTco2e).toEqual(expected)
    expect(basis.credits.estimateIds).toEqual([saved.estimate.id])
    expect(basis.credits.vintages.map((v: { year: number }) => v.year)).toEqual([2026, 2027, 2028, 2029])

    // Pledging only 2027: the other term years carry nothing.
    const only = await (await post('/api/v1/collateral/valuations', { projectId, futureVintages: [2027], termYears: 4, discountRatePercent: 5, ltvPercent: 50, paths: 500 }, bank)).json()
    expect(only.inputs.futureCreditsTco2e).toEqual([0, expected[1], 0, 0])
  })

  it('save: 201 with the inputs hash, one audit event, readable by the saving organisation only', async () => {
    const before = await tableCounts(ctx.sql)
    const res = await post('/api/v1/collateral/valuations', { projectId, units: 1_000, termYears: 2, discountRatePercent: 4, ltvPercent: 60, paths: 300, save: true }, bank)
    expect(res.status).toBe(201)
    const body = await res.json()
    const hash = createHash('sha256').update(canonicalJson({ model: { id: 'collateral-valuation', version: '1.0.0' }, inputs: body.inputs })).digest('hex')
    expect(body.valuation.inputsHash).toBe(hash)
    const after = await tableCounts(ctx.sql)
    expect(after.collateral_valuations).toBe(before.collateral_valuations! + 1)
    expect(after.audit_events).toBe(before.audit_events! + 1)
    const [event] = await ctx.sql<{ action: string; payload: { inputsHash: string } }[]>`SELECT action, payload FROM audit_events ORDER BY id DESC LIMIT 1`
    expect(event).toMatchObject({ action: 'collateral-valuation.save', payload: { inputsHash: hash } })

    const got = await ctx.app.request(`/api/v1/collateral/valuations/${body.valuation.id}`, { headers: { cookie: bank } })
    expect(got.status).toBe(200)
    const read = await got.json()
    expect(read.result).toEqual(body.result)
    expect(read.inputs).toEqual(body.inputs)
    // The project owner does not read the bank's own valuation.
    expect((await ctx.app.request(`/api/v1/collateral/valuations/${body.valuation.id}`, { headers: { cookie: owner } })).status).toBe(404)
  })

  it('roles: buyer and reviewer 403, anonymous 401, a bank on a draft project of another organisation 404', async () => {
    const body = { units: 10, termYears: 1, discountRatePercent: 4, ltvPercent: 60, paths: 100 }
    expect((await post('/api/v1/collateral/valuations', body, buyer)).status).toBe(403)
    expect((await post('/api/v1/collateral/valuations', { ...body, projectId }, reviewer)).status).toBe(403)
    expect((await post('/api/v1/collateral/valuations', body)).status).toBe(401)
    const draft = await post('/api/v1/projects', { name: 'collateral draft', sinkType: 'mangrove' }, owner)
    expect(draft.status).toBe(201)
    const draftId = (await draft.json()).project?.id ?? (await ctx.sql<{ id: string }[]>`SELECT id FROM projects WHERE name = 'collateral draft'`)[0]!.id
    expect((await post('/api/v1/collateral/valuations', { ...body, projectId: draftId }, bank)).status).toBe(404)
    expect((await post('/api/v1/collateral/valuations', { ...body, projectId: draftId }, owner)).status).toBe(200)
  })

  it.each([
    ['LTV above 100 %', { ltvPercent: 101 }, 'ltvPercent'],
    ['more paths than MAX_MC_PATHS', { paths: 200_001 }, 'paths'],
    ['negative units', { units: -5 }, 'units'],
    ['an unknown field', { haircut: 5 }, 'haircut'],
    ['futureVintages without a project', { futureVintages: [2026] }, 'futureVintages'],
    ['a vintage outside the term', { projectId: 'PROJECT', futureVintages: [2040] }, 'futureVintages.0'],
    ['a price override out of bounds', { price: { volatilityPercentPerYear: 1e9 } }, 'price.volatilityPercentPerYear'],
  ])('400 for %s, in the caller’s language, and nothing stored', async (_, over, path) => {
    const before = await tableCounts(ctx.sql)
    const patched = Object.fromEntries(Object.entries(over).map(([k, v]) => [k, v === 'PROJECT' ? projectId : v]))
    const res = await post('/api/v1/collateral/valuations', { units: 10, termYears: 2, discountRatePercent: 4, ltvPercent: 60, paths: 100, save: true, ...patched }, bank, 'zh')
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    const problem = await res.json()
    expect(problem.code).toBe('validation_failed')
    expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path)
    expect(problem.title).toMatch(/[\u4e00-\u9fff]/)
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })
})

describe('POST /api/v1/insurance/quotes', () => {
  it('typhoon index with a given sum insured: SI × λ × f × (1 + loading), labelled indicative', async () => {
    const res = await post('/api/v1/insurance/quotes', { sumInsuredFen: 10_000_000, trigger: 'typhoon_index', loadingPercent: 25.52, termYears: 3 }, bank)
    expect(res.status).toBe(200)
    const q = await res.json()
    // 10,000,000 × 0.133 × 0.061 = 81,130 fen; × 1.2552 = 101,834 fen a year; × 3 = 305,502 fen.
    expect(q).toMatchObject({ indicative: true, expectedAnnualLossFen: 81_130, annualPremiumFen: 101_834, termPremiumFen: 305_502, sumInsuredFen: 10_000_000 })
    expect(q.sources.length).toBeGreaterThan(0)
    expect(q.label.zh).toContain('参考')
  })

  // Uses the estimate saved by the project test above (tests in a file run in order).
  it("area loss on the owner's project: sum insured = expected credits in the term × the CEA reference price", async () => {
    const res = await post('/api/v1/insurance/quotes', { projectId, trigger: 'area_loss', loadingPercent: 0, termYears: 2 }, owner)
    expect(res.status).toBe(200)
    const q = await res.json()
    expect(q.sumInsuredBasis.price.priceCnyPerTco2e).toBe('62.36')
    expect(q.sumInsuredFen).toBe(Math.round(q.sumInsuredBasis.creditsTco2e * 62.36 * 100))
    // 1 − e^−(0.133·0.061 + 0.1·0.1) = 0.0179499
    expect(q.expectedAnnualLossFen).toBe(Math.round(q.sumInsuredFen * (1 - Math.exp(-(0.133 * 0.061 + 0.1 * 0.1)))))
  })

  it('refuses a buyer (403), a missing sum insured without a project (400) and a negative loading (400)', async () => {
    expect((await post('/api/v1/insurance/quotes', { sumInsuredFen: 100, trigger: 'area_loss', loadingPercent: 10, termYears: 1 }, buyer)).status).toBe(403)
    const missing = await post('/api/v1/insurance/quotes', { trigger: 'area_loss', loadingPercent: 10, termYears: 1 }, bank)
    expect(missing.status).toBe(400)
    expect((await missing.json()).errors.map((e: { path: string }) => e.path)).toContain('sumInsuredFen')
    expect((await post('/api/v1/insurance/quotes', { sumInsuredFen: 100, trigger: 'area_loss', loadingPercent: -1, termYears: 1 }, bank)).status).toBe(400)
  })
})

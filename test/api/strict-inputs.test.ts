import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { box, createProject, polygon } from '../fixtures/import/sites.ts'
import { createTestContext, loginCookie, seededSiteIds, tableCounts, type TestContext } from '../support/test-app.ts'
import { zeroMangroveServices } from '../fixtures/valuation/zero-mangrove-services.ts'

/**
 * Issue 9 §4: every class of bad input is a 400 problem naming the field, and changes
 * nothing. Each request goes through `refused`, which compares the row counts of every
 * table before and after.
 */
let ctx: TestContext
let owner: string
let projectId: string
let siteId: string

beforeAll(async () => {
  ctx = await createTestContext()
  owner = await loginCookie(ctx, 'owner@demo.test')
  projectId = await createProject(ctx, owner, '严格输入测试项目')
  siteId = (await seededSiteIds(ctx.sql))['gaoqiao-inlet-head']!
})
afterAll(async () => ctx?.close())

type Problem = { code: string; errors?: { path: string; code: string; message: string }[] }

/** Sends a raw body (so 1e309 and lone surrogates reach the server as written). */
async function refused(
  method: string,
  path: string,
  rawBody: string | null,
  expected: { code: string; path: string; errorCode?: string; message?: RegExp },
  options: { cookie?: string; locale?: 'en' | 'zh' } = {},
): Promise<Problem> {
  const before = await tableCounts(ctx.sql)
  const headers: Record<string, string> = { 'accept-language': options.locale ?? 'en' }
  if (rawBody !== null) headers['content-type'] = 'application/json'
  if (options.cookie) headers.cookie = options.cookie
  const res = await ctx.app.request(path, { method, headers, ...(rawBody !== null ? { body: rawBody } : {}) })
  const problem = (await res.json()) as Problem
  expect(res.status, JSON.stringify(problem)).toBe(400)
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  expect(problem.code).toBe(expected.code)
  const error = problem.errors?.find((e) => e.path === expected.path)
  expect(error, JSON.stringify(problem.errors)).toBeDefined()
  if (expected.errorCode) expect(error?.code).toBe(expected.errorCode)
  if (expected.message) expect(error?.message).toMatch(expected.message)
  expect(await tableCounts(ctx.sql)).toEqual(before)
  return problem
}

const SQUARE = polygon(box(110.3, 21.1, 0.01, 0.01))


/** An anonymous GEP valuation of a drawn square: `params` is what the tests vary. */
const valuationBody = (params: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    geometry: SQUARE,
    ecosystem: 'mangrove',
    carbonPrice: { series: 'CEA' },
    params: { valuationYear: 2025, horizonYears: 20, discountRatePercent: 3, services: zeroMangroveServices(), ...params },
    ...extra,
  })

describe('numbers beyond any real value are refused at their path before any work', () => {
  it('the body the cases below spoil is itself valid (200)', async () => {
    const res = await ctx.app.request('/api/v1/valuations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: valuationBody({}) })
    expect(res.status, await res.clone().text()).toBe(200)
  })

  it.each([
    ['Number.MAX_VALUE', String(Number.MAX_VALUE)],
    ['1e308', '1e308'],
    ['-1e308', '-1e308'],
    ['1e15', '1e15'],
    ['2101', '2101'],
  ])('anonymous valuation with valuationYear %s → 400 params.valuationYear', async (_label, year) => {
    const problem = await refused('POST', '/api/v1/valuations', valuationBody({ valuationYear: 0 }).replace('"valuationYear":0', `"valuationYear":${year}`), {
      code: 'validation_failed',
      path: 'params.valuationYear',
    })
    // Nothing else is wrong, so the model's cross-field rules (the CPI loop) would have run on it.
    expect(problem.errors).toHaveLength(1)
  })

  it('1e309 (Infinity once parsed) is not a number the schema takes', async () => {
    await refused('POST', '/api/v1/valuations', valuationBody({ horizonYears: 0 }).replace('"horizonYears":0', '"horizonYears":1e309'), {
      code: 'validation_failed',
      path: 'params.horizonYears',
    })
  })

  it.each([String(Number.MAX_VALUE), '1e308', '-1e308'])('estimate with startYear %s → 400 params.startYear', async (year) => {
    await refused('POST', '/api/v1/estimates', `{"methodology":"mangrove-afforestation","areaHa":10,"params":{"startYear":${year},"creditingYears":20}}`, {
      code: 'validation_failed',
      path: 'params.startYear',
    })
  })

  it('coastal-transition with a snapshot year of -1e308 → 400 at that year', async () => {
    const body = {
      methodology: 'coastal-transition',
      params: {
        classes: [{ lulcClass: 'mangrove', biomassInitial: 100, soilInitial: 200, litterInitial: 10, biomassAccumulation: 4, soilAccumulation: 6, litterAccumulation: 1, biomassHalfLife: 1, soilHalfLife: 1, biomassDisturbance: { low: 0.5, med: 0.5, high: 1 }, soilDisturbance: { low: 0.3, med: 0.5, high: 0.5 } }],
        snapshots: [{ year: 0, class: 'mangrove' }],
        analysisYear: 2024,
        valuation: { priceSource: 'table', mode: 'dcf', priceTable: [{ year: 2020, price: 100 }], discountRatePercent: 10 },
      },
    }
    await refused('POST', '/api/v1/estimates', JSON.stringify(body).replace('"year":0', '"year":-1e308'), { code: 'validation_failed', path: 'params.snapshots[0].year' })
  })

  it('a user carbon price above 100,000 CNY/tCO2e → 400 carbonPrice.priceCnyPerTco2e', async () => {
    await refused('POST', '/api/v1/valuations', valuationBody({}, { carbonPrice: { priceCnyPerTco2e: 1e12 } }), { code: 'validation_failed', path: 'carbonPrice.priceCnyPerTco2e' })
  })
})

describe('unknown keys are refused at every depth, with the closest known key', () => {
  it('top level of a body (en)', async () => {
    await refused('POST', '/api/v1/projects', JSON.stringify({ name: '项目', sinkType: 'mangrove', methodologyid: 'mangrove-afforestation' }), {
      code: 'validation_failed',
      path: 'methodologyid',
      errorCode: 'unrecognized_keys',
      message: /did you mean methodologyId\?/,
    }, { cookie: owner })
  })

  it('methodology params, top level: did you mean uncertaintyPercent? (en and zh)', async () => {
    const body = JSON.stringify({ methodology: 'mangrove-afforestation', areaHa: 10, params: { startYear: 2026, creditingYears: 20, uncertaintyPercnt: 5 } })
    await refused('POST', '/api/v1/estimates', body, { code: 'validation_failed', path: 'params.uncertaintyPercnt', message: /^Unrecognized key: "uncertaintyPercnt"; did you mean uncertaintyPercent\?$/ })
    await refused('POST', '/api/v1/estimates', body, { code: 'validation_failed', path: 'params.uncertaintyPercnt', message: /是否想输入 uncertaintyPercent？/ }, { locale: 'zh' })
  })

  it('methodology params nested in an array of strata', async () => {
    const body = JSON.stringify({ methodology: 'mangrove-afforestation', areaHa: 10, params: { startYear: 2026, creditingYears: 20, strata: [{ species: 'kandelia-obovata', survivalPercnt: 80 }] } })
    await refused('POST', '/api/v1/estimates', body, { code: 'validation_failed', path: 'params.strata[0].survivalPercnt', message: /did you mean survivalPercent\?/ })
    await refused('POST', '/api/v1/estimates', body, { code: 'validation_failed', path: 'params.strata[0].survivalPercnt', message: /是否想输入 survivalPercent？/ }, { locale: 'zh' })
  })

  it('valuation params nested in a service', async () => {
    await refused('POST', '/api/v1/valuations', valuationBody({ services: zeroMangroveServices({ recreation: { visitsPerYer: 10 } }) }), {
      code: 'validation_failed',
      path: 'params.services.recreation.visitsPerYer',
      message: /did you mean visitsPerYear\?/,
    })
  })

  it('a key far from any known one gets no suggestion', async () => {
    const problem = await refused('POST', '/api/v1/estimates', JSON.stringify({ methodology: 'mangrove-afforestation', areaHa: 10, params: { zzz: 1 } }), {
      code: 'validation_failed',
      path: 'params.zzz',
    })
    expect(problem.errors?.find((e) => e.path === 'params.zzz')?.message).toBe('Unrecognized key: "zzz"')
  })

  it('a key inside a site geometry', async () => {
    await refused('POST', `/api/v1/projects/${projectId}/sites`, JSON.stringify({ name: '地块', geometry: { ...SQUARE, coordinate: [] } }), {
      code: 'validation_failed',
      path: 'geometry.coordinate',
      message: /did you mean coordinates\?/,
    }, { cookie: owner })
  })
})

describe('text PostgreSQL cannot store → 400 invalid_text with the field', () => {
  it('NUL in a project name', async () => {
    await refused('POST', '/api/v1/projects', JSON.stringify({ name: 'a\u0000b', sinkType: 'mangrove' }), { code: 'invalid_text', path: 'name', errorCode: 'nul_character' }, { cookie: owner })
  })

  it('a lone surrogate in a nested stratum name (zh message)', async () => {
    const raw = JSON.stringify({ name: '地块', geometry: SQUARE, strata: [{ name: 'XX', species: 'kandelia-obovata', areaPercent: 50 }] }).replace('XX', 'x\\ud800y')
    await refused('POST', `/api/v1/projects/${projectId}/sites`, raw, { code: 'invalid_text', path: 'strata[0].name', errorCode: 'lone_surrogate', message: /代理项/ }, { cookie: owner, locale: 'zh' })
  })

  it('NUL in methodology params of an anonymous estimate', async () => {
    await refused('POST', '/api/v1/estimates', JSON.stringify({ methodology: 'mangrove-afforestation', areaHa: 10, params: { strata: [{ species: 'kandelia\u0000' }] } }), {
      code: 'invalid_text',
      path: 'params.strata[0].species',
    })
  })

  it('NUL in a path segment', async () => {
    await refused('DELETE', '/api/v1/sites/a%00b', null, { code: 'invalid_text', path: '(path)', errorCode: 'nul_character' }, { cookie: owner })
  })

  it('NUL in a query value', async () => {
    await refused('GET', '/api/v1/projects?limit=1%00', null, { code: 'invalid_text', path: 'query.limit' }, { cookie: owner })
  })
})

describe('numbers that would round to an invalid stored value or overflow their column → 400', () => {
  const site = (stratum: Record<string, unknown>) => JSON.stringify({ name: '地块', geometry: SQUARE, strata: [{ species: 'kandelia-obovata', ...stratum }] })

  it('a stratum share of 1e-9 % (0 in numeric(9,5))', async () => {
    await refused('POST', `/api/v1/projects/${projectId}/sites`, site({ areaPercent: 1e-9 }), { code: 'validation_failed', path: 'strata[0].areaPercent' }, { cookie: owner })
  })

  it('a planting density of 1e-9 trees/ha (0 in numeric(12,2))', async () => {
    await refused('POST', `/api/v1/projects/${projectId}/sites`, site({ areaPercent: 50, plantingDensityTreesPerHa: 1e-9 }), { code: 'validation_failed', path: 'strata[0].plantingDensityTreesPerHa' }, { cookie: owner })
  })

  it('a unit price of 1e300 is refused at its path before any product is formed', async () => {
    await refused('POST', '/api/v1/valuations', valuationBody({ services: zeroMangroveServices({ aquaticProducts: { harvestTPerYear: 1, unitPrice: { value: 1e300, priceYear: 2025 } } }) }), {
      code: 'validation_failed',
      path: 'params.services.aquaticProducts.unitPrice.value',
    })
  })

  // Each input at its ceiling (10⁹ CNY/t × 10⁸ t/yr = 10¹⁷ CNY/yr) still fits per year, but 20
  // years of it do not fit numeric(20, 2) (< 10¹⁸): the save, not PostgreSQL, refuses it.
  it('a saved valuation whose NPV overflows numeric(20,2)', async () => {
    const body = JSON.stringify({
      siteId,
      ecosystem: 'mangrove',
      carbonPrice: { series: 'CEA' },
      save: true,
      params: { valuationYear: 2025, horizonYears: 20, discountRatePercent: 3, services: zeroMangroveServices({ aquaticProducts: { harvestTPerYear: 1e8, unitPrice: { value: 1e9, priceYear: 2025 } } }) },
    })
    await refused('POST', '/api/v1/valuations', body, { code: 'validation_failed', path: 'params', errorCode: 'not_storable', message: /npvCny/ }, { cookie: owner })
  })
})

describe('multipart uploads', () => {
  const geojson = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: '地块' }, geometry: SQUARE }] })

  async function upload(form: FormData) {
    const before = await tableCounts(ctx.sql)
    const res = await ctx.app.request(`/api/v1/projects/${projectId}/sites/import`, { method: 'POST', headers: { cookie: owner }, body: form })
    const problem = (await res.json()) as Problem
    expect(res.status, JSON.stringify(problem)).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(await tableCounts(ctx.sql)).toEqual(before)
    return problem
  }

  it('a NUL in a text field or the file name → 400 invalid_text with the field', async () => {
    const form = new FormData()
    form.append('file', new Blob([geojson], { type: 'application/geo+json' }), 'sites\u0000.geojson')
    const problem = await upload(form)
    expect(problem.code).toBe('invalid_text')
    expect(problem.errors?.map((e) => e.path)).toEqual(['file'])
  })

  it('a feature whose name holds NUL is rejected at features[i].name; nothing is stored', async () => {
    const file = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'a\u0000b' }, geometry: SQUARE }] })
    const form = new FormData()
    form.append('file', new Blob([file], { type: 'application/geo+json' }), 'sites.geojson')
    const problem = await upload(form)
    expect(problem.code).toBe('import_failed')
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'features[0].name', code: 'nul_character' })])
  })

  it('an extra form field → 400 at its name, with the suggestion', async () => {
    const form = new FormData()
    form.append('file', new Blob([geojson], { type: 'application/geo+json' }), 'sites.geojson')
    form.append('files', 'x')
    const problem = await upload(form)
    expect(problem.code).toBe('validation_failed')
    expect(problem.errors).toContainEqual(expect.objectContaining({ path: 'files', code: 'unrecognized_keys', message: expect.stringMatching(/did you mean file\?/) }))
  })
})

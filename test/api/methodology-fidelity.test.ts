import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, loginCookie, tableCounts, type TestContext } from '../support/test-app.ts'

/**
 * Issue 16: the methodology rules that refuse inputs reach the API as 400
 * problem+json in the caller's language, citing the section of the standard,
 * and a refused save writes nothing.
 */

let ctx: TestContext
let ownerCookie: string
let siteId: string

beforeAll(async () => {
  ctx = await createTestContext()
  ownerCookie = await loginCookie(ctx, 'owner@demo.test')
  const [site] = await ctx.sql<{ id: string }[]>`SELECT id FROM sites ORDER BY area_ha DESC LIMIT 1`
  siteId = site!.id
})
afterAll(async () => ctx?.close())

const post = (body: unknown, headers: Record<string, string> = {}) =>
  ctx.app.request('/api/v1/estimates', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

describe('VM0033 v2.1 as written (issue 16 item 4)', () => {
  it('refuses the IPCC soil factor for tidal marsh with §8.1.4.2.3 cited, in Chinese, and saves nothing', async () => {
    const before = await tableCounts(ctx.sql)
    const res = await post(
      {
        methodology: 'tidal-wetland-restoration',
        siteId,
        save: true,
        params: { startYear: 2026, creditingYears: 10, soilOrganicCarbonPercent: 2, soilRateSource: 'ipcc-wetlands-supplement' },
      },
      { cookie: ownerCookie, 'accept-language': 'zh-CN' },
    )
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/)
    const body = await res.json()
    expect(body.code).toBe('validation_failed')
    const issue = body.errors.find((e: { path: string }) => e.path === 'params.soilRateSource')
    expect(issue.message).toMatch(/§8\.1\.4\.2\.3.*潮汐盐沼和红树林系统除外/)
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })

  it('answers in English on request', async () => {
    const res = await post(
      { methodology: 'tidal-wetland-restoration', params: { areaHa: 10, startYear: 2026, creditingYears: 10, soilOrganicCarbonPercent: 2, soilRateSource: 'ipcc-wetlands-supplement' } },
      { 'accept-language': 'en' },
    )
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.errors.find((e: { path: string }) => e.path === 'params.soilRateSource').message).toMatch(/§8\.1\.4\.2\.3.*except for tidal marsh and mangrove/)
  })

  it('requires the soil %C (no mangrove-sediment default for marsh) and computes once it is given', async () => {
    const params = { areaHa: 100, startYear: 2026, creditingYears: 10, nonPermanenceRisk: { method: 'fixed', bufferPercent: 0 } }
    const refused = await post({ methodology: 'tidal-wetland-restoration', params }, { 'accept-language': 'en' })
    expect(refused.status).toBe(400)
    expect((await refused.json()).errors.map((e: { path: string }) => e.path)).toEqual(['params.soilOrganicCarbonPercent'])

    const ok = await post({ methodology: 'tidal-wetland-restoration', params: { ...params, soilOrganicCarbonPercent: 1.279 } })
    expect(ok.status).toBe(200)
    const result = await ok.json()
    // methodologies/tidal-wetland-restoration/test/out/hand-marsh-default.json: soil 280.967 t/yr at %C 1.279.
    expect(result.years[0].grossRemovalsTco2e).toBeCloseTo(280.967, 2)
  })

  it('charges no N2O for seagrass restoration (§8.2.4.4)', async () => {
    const res = await post({ methodology: 'tidal-wetland-restoration', params: { areaHa: 1, startYear: 2026, creditingYears: 1, ecosystem: 'seagrass', soilOrganicCarbonPercent: 1.279 } })
    expect(res.status).toBe(200)
    const result = await res.json()
    // CH4 at ≥ 20 ppt only: 0.0056 t CH4/ha/yr × 28 (Eq. 61, AR5 GWP).
    expect(result.years[0].projectEmissionsTco2e).toBeCloseTo(0.1568, 9)
  })
})

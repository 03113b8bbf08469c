import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedReferenceData } from '../../api/carbon-prices/reference-data.ts'
import { createTestContext, type TestContext } from '../support/test-app.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext({ demo: false })
})
afterAll(async () => ctx?.close())

describe('reference carbon prices', () => {
  it('seeds every CSV row with its source, and seeding again inserts nothing', async () => {
    const csvRows = readFileSync(new URL('../../seeds/prices/carbon-prices.csv', import.meta.url), 'utf8').trim().split('\n').length - 1
    const [{ n }] = (await ctx.sql`SELECT count(*)::int AS n FROM carbon_prices`) as unknown as [{ n: number }]
    // Quoted notes never contain line breaks, so lines − header = rows.
    expect(n).toBe(csvRows)
    expect(await seedReferenceData(ctx.sql)).toEqual({ carbonPrices: 0 })
  })

  it('serves the series with decimal-string prices and the reference price per series', async () => {
    const res = await ctx.app.request('/api/v1/carbon-prices')
    expect(res.status).toBe(200)
    const body = await res.json()
    for (const p of body.prices) {
      expect(p.sourceUrl).toMatch(/^https?:\/\//)
      expect(typeof p.priceCnyPerTco2e).toBe('string')
    }
    // finance.md §3.1/§3.3: 2025 full-year averages, CEA 62.36 and CCER 70.76 CNY/t (lvxunhk.com).
    expect(body.reference.CEA).toMatchObject({ priceCnyPerTco2e: '62.36', periodEnd: '2025-12-31', statistic: 'average' })
    expect(body.reference.CCER).toMatchObject({ priceCnyPerTco2e: '70.76' })
    // finance.md §3.2: GDEA 2024 average 51.37 (ICAP); §3.4: latest blue-carbon deal, Enping 2024-11-20, 336.
    expect(body.reference.GDEA).toMatchObject({ priceCnyPerTco2e: '51.37' })
    expect(body.reference.BLUE_CARBON_DEAL).toMatchObject({ priceCnyPerTco2e: '336.00', periodEnd: '2024-11-20' })
  })

  it('filters by series and refuses an unknown one with a field path', async () => {
    const gdea = await (await ctx.app.request('/api/v1/carbon-prices?series=GDEA')).json()
    expect(gdea.prices.every((p: { series: string }) => p.series === 'GDEA')).toBe(true)
    const bad = await ctx.app.request('/api/v1/carbon-prices?series=EUA')
    expect(bad.status).toBe(400)
    expect((await bad.json()).errors[0].path).toBe('query.series')
  })
})

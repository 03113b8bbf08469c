import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../api/app.ts'
import type { AppDeps } from '../../api/app-env.ts'
import { createLogger } from '../../api/logger.ts'
import { createChromiumPdfRenderer } from '../../api/reports/chromium-pdf.ts'
import { getMethodology } from '../../methodologies/index.ts'
import { jsonInit } from '../fixtures/import/sites.ts'
import { createTestContext, loginCookie, seededSiteIds, type TestContext } from '../support/test-app.ts'

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const PDFTOTEXT = '/usr/bin/pdftotext'
/** Under CI a missing Chromium or pdftotext must fail the suite, not skip it (ci.md). */
const pdfSuiteEnabled = process.env.CI === 'true' || (existsSync(CHROMIUM_PATH) && existsSync(PDFTOTEXT))

let ctx: TestContext
let owner: string
let siteId: string
let bareSiteId: string
let estimate: { id: string; contentHash: string; methodology: { id: string; version: string } }
let valuation: { id: string; contentHash: string; methodology: { id: string; version: string } }

const post = (path: string, body: unknown, cookie: string) => ctx.app.request(path, jsonInit('POST', body, cookie))
const get = (path: string, headers: Record<string, string> = {}, app = ctx.app) => app.request(path, { headers })

/** An app on the same database and clock as `ctx`, with the PDF renderer the test chooses. */
function appWith(renderPdf: AppDeps['renderPdf']) {
  return createApp({
    sql: ctx.sql,
    now: () => ctx.clock.now,
    logger: createLogger('silent'),
    config: ctx.config,
    ...(renderPdf ? { renderPdf } : {}),
  })
}

beforeAll(async () => {
  ctx = await createTestContext()
  owner = await loginCookie(ctx, 'owner@demo.test')
  const ids = await seededSiteIds(ctx.sql)
  siteId = ids['gaoqiao-inlet-head']!
  bareSiteId = ids['techeng-island-south']!
  const e = await post('/api/v1/estimates', { methodology: 'mangrove-afforestation', siteId, save: true, params: { startYear: 2025, creditingYears: 20 } }, owner)
  estimate = (await e.json()).estimate
  const v = await post(
    '/api/v1/valuations',
    {
      siteId,
      save: true,
      ecosystem: 'mangrove',
      carbonPrice: { series: 'CEA' },
      params: {
        valuationYear: 2025,
        horizonYears: 20,
        discountRatePercent: 3,
        services: {
          aquaticProducts: { harvestTPerYear: 1, unitPrice: { value: 20_000, priceYear: 2025 } },
          waterPurificationPhosphorus: { removalKgPerHaPerYear: 2 },
          waterPurificationCod: { removalKgPerHaPerYear: 50 },
          coastalProtection: { protectedShorelineKm: 1, seawallServiceLifeYears: 50 },
          climateRegulation: { coolingEnergyKwhPerHaPerYear: 500, electricityPrice: { value: 0.6, priceYear: 2025 } },
          recreation: { visitsPerYear: 100 },
        },
      },
    },
    owner,
  )
  valuation = (await v.json()).valuation
  expect(estimate?.contentHash).toMatch(/^[0-9a-f]{64}$/)
  expect(valuation?.contentHash).toMatch(/^[0-9a-f]{64}$/)
})
afterAll(async () => ctx?.close())

const VOID = new Set(['meta', 'br', 'hr', 'img', 'input', 'link'])

/**
 * Well-formedness of the page: one doctype, every non-void element closed in
 * order (SVG elements included), no stray closing tag.
 */
function unbalancedTags(page: string): string[] {
  const problems: string[] = []
  const stack: string[] = []
  for (const m of page.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*?)(\/?)>/g)) {
    const [, closing, rawName, , selfClosing] = m
    const name = rawName!.toLowerCase()
    if (selfClosing || VOID.has(name)) continue
    if (!closing) stack.push(name)
    else if (stack.pop() !== name) problems.push(`unexpected </${name}> at ${m.index}`)
  }
  return [...problems, ...stack.map((n) => `unclosed <${n}>`)]
}

describe('GET /api/v1/sites/{siteId}/report.html', () => {
  it('English: methodology ids and versions, content hashes, citations, map snapshot, chart, report date', async () => {
    const res = await get(`/api/v1/sites/${siteId}/report.html?lang=en`, { cookie: owner })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const page = await res.text()
    expect(unbalancedTags(page)).toEqual([])
    expect(page.startsWith('<!doctype html>')).toBe(true)
    expect(page).toContain('<html lang="en">')
    expect(page).toContain('Gaoqiao, head of Yingluo inlet')
    expect(page).toContain(`${estimate.methodology.id} ${estimate.methodology.version}`)
    expect(page).toContain(`${valuation.methodology.id} ${valuation.methodology.version}`)
    expect(page).toContain(estimate.contentHash)
    expect(page).toContain(valuation.contentHash)
    // The test clock (2026-06-01T08:00:00Z) is the report date.
    expect(page).toContain('2026-06-01 08:00 UTC')
    // Every reference of the carbon methodology, escaped like any text.
    const refs = getMethodology('mangrove-afforestation')!.references
    expect(refs.length).toBeGreaterThan(0)
    for (const ref of refs) expect(page).toContain(ref.document.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
    // Each valuation source: the CEA price row's URL, the Ganzi GEP table, the CPI relays.
    expect(page).toContain('https://www.lvxunhk.com/newsdetail.aspx?bsid=4066')
    expect(page).toContain('甘孜藏族自治州生态系统生产总值核算研究')
    expect(page).toMatch(/国家统计局 20\d\d年12月份居民消费价格变动情况/)
    // Map snapshot and chart are inline SVG; the basemap attribution is printed.
    expect(page).toMatch(/<svg[^>]*class="map"/)
    expect(page).toContain('OpenStreetMap contributors')
    expect(page).toMatch(/<g class="scale-bar"[\s\S]*?\d+ (m|km)<\/text>/)
    expect(page).toContain('class="north-arrow"')
    expect(page).toMatch(/<svg[^>]*class="chart"/)
    for (const heading of ['Deductions', 'Ecosystem product value (GEP)', 'Methodology and sources', 'Non-permanence buffer']) expect(page).toContain(heading)
    expect(page).not.toContain('<script')
  })

  it('Chinese by ?lang=zh or Accept-Language: the whole page is in Chinese', async () => {
    for (const [query, headers] of [
      ['?lang=zh', { cookie: owner }],
      ['', { cookie: owner, 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5' }],
    ] as const) {
      const res = await get(`/api/v1/sites/${siteId}/report.html${query}`, headers)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-language')).toBe('zh-CN')
      const page = await res.text()
      expect(unbalancedTags(page)).toEqual([])
      expect(page).toContain('<html lang="zh-CN">')
      expect(page).toContain('<h1>高桥英罗港湾顶滩涂</h1>')
      for (const heading of ['项目报告', '地图快照', '碳汇估算', '扣减', '生态产品价值（GEP）', '方法学与出处', '非永久性缓冲']) expect(page).toContain(heading)
      for (const english of ['Deductions', 'Map snapshot', 'Summary', 'Net present value']) expect(page).not.toContain(english)
      expect(page).toContain(estimate.contentHash)
    }
  })

  it('a site with nothing saved says so instead of inventing figures', async () => {
    const page = await (await get(`/api/v1/sites/${bareSiteId}/report.html?lang=en`, { cookie: owner })).text()
    expect(page).toContain('No carbon estimate has been saved for this site yet.')
    expect(page).toContain('No ecosystem product valuation has been saved for this site yet.')
    expect(page).not.toMatch(/class="chart"/)
  })

  it('escapes user strings, shows overlapping sites to those who may see them, and hides drafts from others', async () => {
    const [org] = await ctx.sql<{ id: string }[]>`SELECT id FROM organisations WHERE seed_key = 'demo-zhanjiang-mangrove'`
    const [project] = await ctx.sql<{ id: string }[]>`
      INSERT INTO projects (organisation_id, name, sink_type, status) VALUES (${org!.id}, ${'<b>Draft</b> & co'}, 'mangrove', 'draft') RETURNING id`
    // A draft site drawn over the reported one (its bounding box), named to try markup injection.
    const [draftSite] = await ctx.sql<{ id: string }[]>`
      INSERT INTO sites (project_id, name, geom, area_ha)
      SELECT ${project!.id}, ${'<script>alert(1)</script>'}, ST_Multi(ST_Envelope(geom)), 1 FROM sites WHERE id = ${siteId}
      RETURNING id`

    const ownerView = await (await get(`/api/v1/sites/${siteId}/report.html?lang=en`, { cookie: owner })).text()
    expect(ownerView).toContain('Overlapping sites:</strong> &lt;script&gt;alert(1)&lt;/script&gt; (&lt;b&gt;Draft&lt;/b&gt; &amp; co)')
    expect(ownerView).not.toContain('<script>')
    const draftReport = await (await get(`/api/v1/sites/${draftSite!.id}/report.html?lang=en`, { cookie: owner })).text()
    expect(draftReport).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>')

    const reviewer = await loginCookie(ctx, 'reviewer@demo.test')
    const reviewerView = await (await get(`/api/v1/sites/${siteId}/report.html?lang=en`, { cookie: reviewer })).text()
    expect(reviewerView).toContain('No visible site overlaps this one.')
    expect(reviewerView).not.toContain('alert(1)')
    expect((await get(`/api/v1/sites/${draftSite!.id}/report.html`, { cookie: reviewer })).status).toBe(404)
  })

  it('access: owner, admin, reviewer and bank read a registered project; buyers and anonymous callers do not', async () => {
    const path = `/api/v1/sites/${siteId}/report.html`
    for (const email of ['admin@demo.test', 'reviewer@demo.test', 'bank@demo.test']) {
      expect((await get(path, { cookie: await loginCookie(ctx, email) })).status).toBe(200)
    }
    const buyer = await get(path, { cookie: await loginCookie(ctx, 'buyer@demo.test') })
    expect(buyer.status).toBe(404)
    expect((await buyer.json()).code).toBe('not_found')
    expect((await get(path)).status).toBe(401)
    expect((await get('/api/v1/sites/00000000-0000-4000-8000-000000000000/report.html', { cookie: owner })).status).toBe(404)
    const badId = await get('/api/v1/sites/not-a-uuid/report.html', { cookie: owner })
    expect(badId.status).toBe(400)
    expect((await badId.json()).errors[0].path).toBe('path.siteId')
    const badLang = await get(`/api/v1/sites/${siteId}/report.html?lang=fr`, { cookie: owner })
    expect(badLang.status).toBe(400)
    expect((await badLang.json()).errors[0].path).toBe('query.lang')
  })
})

describe('GET /api/v1/sites/{siteId}/report.pdf', () => {
  it('without a renderer, or with Chromium missing → 503 pdf_renderer_unavailable saying what to install', async () => {
    const none = await get(`/api/v1/sites/${siteId}/report.pdf`, { cookie: owner })
    expect(none.status).toBe(503)
    expect((await none.json()).code).toBe('pdf_renderer_unavailable')
    const missing = appWith(createChromiumPdfRenderer({ executablePath: '/nonexistent/chromium' }))
    const res = await get(`/api/v1/sites/${siteId}/report.pdf?lang=zh`, { cookie: owner }, missing)
    expect(res.status).toBe(503)
    const body = await res.json()
    expect(body.code).toBe('pdf_renderer_unavailable')
    expect(body.detail).toContain('/nonexistent/chromium')
    expect(body.detail).toContain('apt-get install -y chromium')
  })

  it('access is checked before rendering: a buyer gets 404, not a PDF', async () => {
    const app = appWith(async () => new Uint8Array([37, 80, 68, 70]))
    expect((await get(`/api/v1/sites/${siteId}/report.pdf`, { cookie: await loginCookie(ctx, 'buyer@demo.test') }, app)).status).toBe(404)
  })

  it.runIf(pdfSuiteEnabled)('real Chromium: a PDF whose text holds the site name and the content hashes (zh and en)', async () => {
    const app = appWith(createChromiumPdfRenderer({ executablePath: CHROMIUM_PATH }))
    const dir = mkdtempSync(join(tmpdir(), 'bc-report-'))
    try {
      for (const [lang, name] of [
        ['zh', '高桥英罗港湾顶滩涂'],
        ['en', 'Gaoqiao, head of Yingluo inlet'],
      ] as const) {
        const res = await get(`/api/v1/sites/${siteId}/report.pdf?lang=${lang}`, { cookie: owner }, app)
        expect(res.status, await res.clone().text().then((t) => t.slice(0, 300))).toBe(200)
        expect(res.headers.get('content-type')).toBe('application/pdf')
        const pdf = Buffer.from(await res.arrayBuffer())
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
        const file = join(dir, `report-${lang}.pdf`)
        writeFileSync(file, pdf)
        const text = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
        expect(text).toContain(name)
        expect(text).toContain(estimate.contentHash)
        expect(text).toContain(valuation.contentHash)
        expect(text).toContain(`${estimate.methodology.id} ${estimate.methodology.version}`)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

import { fileURLToPath } from 'node:url'
import type { Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { YEAR_COLUMNS } from '../../web/src/estimate/deduction-rows.ts'
import { formatNumber, formatRatioAsPercent } from '../../web/src/format/number.ts'
import { formatAreaHa } from '../../web/src/format/quantity.ts'
import { browserSuiteEnabled } from './chromium.ts'
import { jumpTo, pagePoint } from './map-page.ts'
import { apiGet, createProject, eventually, logIn, openApp, type AppSession } from './support/app-session.ts'
import { clickCorners, drawPolygonWithMouse, rectangle } from './support/draw.ts'

const KML = fileURLToPath(new URL('../fixtures/web/two-sites-one-crossed.kml', import.meta.url))

// The first site: 0.01° × 0.008° of open water east of Zhanjiang, clear of the demo sites.
// On @turf/area's sphere a lon/lat rectangle has area R² · Δλ · (sin φ2 − sin φ1):
//   R = 6,371,008.8 m, Δλ = 0.01° = 1.745329e-4 rad,
//   sin 21.008° − sin 21.000° = 0.358498298 − 0.358367950 = 1.30349e-4
//   → 4.05897e13 m² × 1.745329e-4 × 1.30349e-4 = 923,424 m² = 92.342 ha.
// The corners are clicked on screen pixels (≈ 8.9 m at zoom 14), so the drawn ring may
// differ from the rectangle by up to a pixel per edge: ±1 % is allowed.
const FIRST = { corners: rectangle(110.5, 21.0, 110.51, 21.008), center: [110.505, 21.004] as [number, number], areaHa: 92.342 }

// The form's defaults grow Kandelia obovata on the Chapman-Richards curve fitted to S19
// (methodologies/mangrove-afforestation/species.ts), by hand: AGB(20) = 751 × (1 − e^(−0.767))³
// = 115.386 t/ha, BGB = exp(−1.085 + 0.9256 ln 115.386) = 27.385, trees 44/12 × 0.47 × 142.771
// = 246.042 tCO2e/ha, soil 44/12 × 0.5 × 20 = 36.667: 282.71 tCO2e/ha gross over 20 years,
// proportional to area (the linear §10 worked example, 222.09/ha, is reproduced in test/api).
const GROSS_TCO2E_PER_HA_20_YEARS = 282.708

// Over the demo site 特呈岛南岸滩涂 (Techeng Island, registered): 110.4136–110.4348 E, 21.1489–21.1563 N.
const OVERLAPPING = { corners: rectangle(110.415, 21.145, 110.425, 21.153), center: [110.42, 21.149] as [number, number], demoSiteName: '特呈岛南岸滩涂' }

/** The number in "面积：92.3 公顷" / "Area: 92.3 ha". */
function areaIn(text: string | null): number {
  const match = /([\d,]+(?:\.\d+)?)\s*(公顷|ha)/.exec(text ?? '')
  if (!match) throw new Error(`no area in ${JSON.stringify(text)}`)
  return Number(match[1]!.replace(/,/g, ''))
}

const isPost = (path: RegExp) => (r: Response) => r.request().method() === 'POST' && path.test(new URL(r.url()).pathname)

describe.skipIf(!browserSuiteEnabled())('sites, estimates, import and overlaps in Chromium', () => {
  let app: AppSession
  let page: Page
  let siteId: string
  let savedEstimate: { totals: { netCreditsTco2e: number } }
  const estimateRequests: string[] = []

  beforeAll(async () => {
    app = await openApp('zh-CN')
    page = app.page
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/estimates') estimateRequests.push(r.postData() ?? '')
    })
  }, 180_000)

  afterAll(async () => {
    await app?.close()
  }, 60_000)

  it('lets anyone draw a site and run an estimate on it before logging in; saving needs a login', async () => {
    await jumpTo(page, [110.58, 21.064], 14)
    await drawPolygonWithMouse(page, rectangle(110.575, 21.06, 110.585, 21.068))
    await eventually(() => page.getByTestId('site-panel').getAttribute('data-kind')).toBe('draft')
    expect(await page.getByTestId('save-hint').textContent()).toBe('以项目业主身份登录后可保存地块；不保存也可运行估算。')
    expect(await page.getByTestId('site-save-draft').isDisabled()).toBe(true)
    await page.getByTestId('input-startYear').fill('2026')
    await page.getByTestId('input-creditingYears').fill('5')
    const response = page.waitForResponse(isPost(/^\/api\/v1\/estimates$/))
    await page.getByTestId('estimate-run').click()
    expect((await response).status()).toBe(200)
    // The drawn geometry goes to the server, which computes the area itself.
    expect(JSON.parse(estimateRequests.at(-1)!).geometry.type).toBe('Polygon')
    await page.getByTestId('credits-chart').waitFor()
    expect(await page.locator('[data-testid="credits-chart"] .bc-chart-bars rect').count()).toBe(5)
    expect(await page.getByTestId('estimate-save').isDisabled()).toBe(true)
    await page.getByTestId('site-discard').click()
    expect(await page.getByTestId('site-panel').isHidden()).toBe(true)
  })

  it('logs in as the project owner and creates a draft project', async () => {
    await logIn(page, 'owner@demo.test')
    await createProject(page, '浏览器测试项目')
    expect(await page.getByTestId('site-list').count()).toBe(0)
    expect(await page.getByTestId('projects-control').textContent()).toContain('还没有地块')
  })

  it('draws a site with the mouse and shows its area while drawing', async () => {
    await jumpTo(page, FIRST.center, 14)
    const { liveAreaBeforeClosing } = await drawPolygonWithMouse(page, FIRST.corners)
    // Before the last click the ring already has its four corners: the live area is the site's.
    expect(Math.abs(areaIn(liveAreaBeforeClosing) - FIRST.areaHa) / FIRST.areaHa).toBeLessThan(0.01)
    const panel = page.getByTestId('site-panel')
    await eventually(() => panel.getAttribute('data-kind')).toBe('draft')
    expect(await page.getByTestId('site-title').textContent()).toBe('新地块（未保存）')
    expect(Math.abs(areaIn(await page.getByTestId('site-area').textContent()) - FIRST.areaHa) / FIRST.areaHa).toBeLessThan(0.01)
  })

  it('saves the site; the area the server stores is the one shown while drawing', async () => {
    const shownArea = await page.getByTestId('site-area').textContent()
    await page.getByTestId('site-name').fill('东海滩涂一号')
    const response = page.waitForResponse(isPost(/^\/api\/v1\/projects\/[^/]+\/sites$/))
    await page.getByTestId('site-save-draft').click()
    const saved = await (await response).json()
    expect((await response).status()).toBe(201)
    siteId = saved.id
    await eventually(() => page.getByTestId('site-panel').getAttribute('data-site-id')).toBe(siteId)
    expect(await page.getByTestId('site-title').textContent()).toBe('东海滩涂一号')
    // Same geometry, same convention (@turf/area), so the same figure to the displayed decimal.
    expect(shownArea).toBe(`面积：${formatAreaHa(saved.areaHa, 'zh')}`)
    expect(await page.getByTestId('site-area').textContent()).toBe(shownArea)
    await page.getByTestId('overlap-none').waitFor()
    expect(saved.overlaps).toEqual([])
    await eventually(() => page.getByTestId('site-list').textContent()).toContain('东海滩涂一号')
  })

  it('builds the estimate form from the methodology JSON Schema: units, sourced defaults, required inputs', async () => {
    await page.getByTestId('estimate-form').waitFor()
    expect(await page.getByTestId('methodology-select').inputValue()).toBe('mangrove-afforestation')
    // A required input without a sourced default stays empty and says so.
    expect(await page.getByTestId('input-startYear').inputValue()).toBe('')
    expect(await page.getByTestId('input-startYear').getAttribute('placeholder')).toBe('无有出处的默认值，请填写')
    // A default is shown with its source (the full citation on hover).
    expect(await page.getByTestId('input-carbonFraction').inputValue()).toBe('0.47')
    const badge = page.getByTestId('default-carbonFraction')
    expect(await badge.textContent()).toBe('默认值 0.47 · S2')
    expect(await badge.getAttribute('title')).toMatch(/AR-TOOL14[\s\S]*Eq\. 12, CF_TREE[\s\S]*原始文献/)
    expect(await page.getByTestId('field-carbonFraction').locator('.bc-unit').textContent()).toBe('tC/t d.m.')
    expect(await page.getByTestId('field-soilAccumulationYears').locator('.bc-unit').textContent()).toBe('年')
    // The area is the site's, not typed.
    expect(await page.getByTestId('input-areaHa').getAttribute('readonly')).not.toBeNull()
    // An assumption is labelled as one.
    expect(await page.getByTestId('default-baselineRemovalsTco2ePerHaPerYear').getAttribute('title')).toContain('(假设)')
  })

  it('points at the missing inputs when run, without asking the server', async () => {
    const before = estimateRequests.length
    await page.getByTestId('estimate-run').click()
    expect(await page.getByTestId('error-startYear').textContent()).toBe('无有出处的默认值，请填写')
    expect(await page.getByTestId('error-creditingYears').textContent()).toBe('无有出处的默认值，请填写')
    expect(await page.getByTestId('estimate-status').textContent()).toBe('请更正 2 个字段。')
    expect(estimateRequests.length).toBe(before)
  })

  it('runs mangrove-afforestation and draws the chart and the deductions from the API numbers', async () => {
    await page.getByTestId('input-startYear').fill('2026')
    await page.getByTestId('input-creditingYears').fill('20')
    const response = page.waitForResponse(isPost(/^\/api\/v1\/estimates$/))
    await page.getByTestId('estimate-run').click()
    const result = await (await response).json()
    expect((await response).status()).toBe(200)
    expect(JSON.parse(estimateRequests.at(-1)!)).toMatchObject({ methodology: 'mangrove-afforestation', siteId, params: { startYear: 2026, creditingYears: 20 } })

    // The default curve's 20-year removals, scaled to this site's area.
    expect(Math.abs(result.totals.grossRemovalsTco2e - GROSS_TCO2E_PER_HA_20_YEARS * result.areaHa) / result.totals.grossRemovalsTco2e).toBeLessThan(0.005)

    await page.getByTestId('credits-chart').waitFor()
    const bars = page.locator('[data-testid="credits-chart"] .bc-chart-bars rect')
    expect(await bars.count()).toBe(20)
    const titles = await bars.locator('title').allTextContents()
    expect(titles).toEqual(result.years.map((y: { year: number; netCreditsTco2e: number }) => `${y.year}: ${formatNumber(y.netCreditsTco2e, 'zh')} tCO2e`))
    expect(await page.locator('[data-testid="credits-chart"] .bc-chart-points circle').count()).toBe(20)
    expect(await page.getByTestId('estimate-net-total').textContent()).toBe(`20 年净减排量：${formatNumber(result.totals.netCreditsTco2e, 'zh')} tCO2e`)

    const table = page.getByTestId('deductions-table')
    expect(await table.locator('tbody tr').count()).toBe(20)
    const totalCells = await table.locator('tfoot tr td').allTextContents()
    expect(totalCells).toEqual(YEAR_COLUMNS.map((c) => formatNumber(result.totals[c.key], 'zh')))
    const firstYear = await table.locator('tbody tr[data-year="2026"] td').allTextContents()
    expect(firstYear).toEqual(YEAR_COLUMNS.map((c) => formatNumber(result.years[0][c.key], 'zh')))
    expect(await page.getByTestId('deduction-rates').textContent()).toContain(formatRatioAsPercent(result.deductions.bufferRatio, 'zh'))
    expect(await page.getByTestId('non-permanence').textContent()).toContain(formatRatioAsPercent(result.nonPermanence.bufferRatio, 'zh'))
    expect(await page.getByTestId('estimate-status').textContent()).toBe('尚未保存')
  })

  it('saves the estimate, and after a reload shows it again from the database', async () => {
    const response = page.waitForResponse(isPost(/^\/api\/v1\/estimates$/))
    await page.getByTestId('estimate-save').click()
    expect((await response).status()).toBe(201)
    const body = await (await response).json()
    savedEstimate = body.result
    await eventually(() => page.getByTestId('estimate-status').textContent()).toContain(`已保存`)
    expect(await page.getByTestId('estimate-status').textContent()).toContain(body.estimate.contentHash.slice(0, 12))

    await page.reload()
    await page.getByTestId('user-box').waitFor({ state: 'visible' })
    // The project worked on last is reopened; its site is listed.
    const siteButton = page.getByTestId('site-list').getByRole('button', { name: /东海滩涂一号/ })
    await siteButton.click()
    await eventually(() => page.getByTestId('site-panel').getAttribute('data-site-id')).toBe(siteId)
    await eventually(() => page.getByTestId('estimate-status').textContent()).toMatch(/^显示 .* 保存的估算。$/)
    await page.getByTestId('credits-chart').waitFor()
    expect(await page.locator('[data-testid="credits-chart"] .bc-chart-bars rect').count()).toBe(20)
    expect(await page.getByTestId('input-startYear').inputValue()).toBe('2026')
    expect(await page.getByTestId('input-creditingYears').inputValue()).toBe('20')

    const stored = await apiGet<{ estimates: { totalNetCreditsTco2e: number; methodology: { id: string } }[] }>(page, `/api/v1/estimates?siteId=${siteId}`)
    expect(stored.status).toBe(200)
    expect(stored.body.estimates).toHaveLength(1)
    expect(stored.body.estimates[0]!.methodology.id).toBe('mangrove-afforestation')
    // The stored headline is rounded to 0.001 t (numeric(…, 3)).
    expect(stored.body.estimates[0]!.totalNetCreditsTco2e).toBeCloseTo(savedEstimate.totals.netCreditsTco2e, 2)
    expect(await page.getByTestId('estimate-net-total').textContent()).toBe(`20 年净减排量：${formatNumber(stored.body.estimates[0]!.totalNetCreditsTco2e, 'zh')} tCO2e`)
  })

  it('imports sites from a KML file, and says which placemark it refused and why', async () => {
    const response = page.waitForResponse(isPost(/\/sites\/import$/))
    await page.getByTestId('import-file').setInputFiles(KML)
    const body = await (await response).json()
    expect((await response).status()).toBe(200)
    expect(body.imported.map((s: { name: string }) => s.name).sort()).toEqual(['东滩导入地块乙', '东滩导入地块甲'])
    const message = page.getByTestId('projects-message')
    await eventually(() => message.textContent()).toContain('已导入 2 个地块。')
    expect(await message.textContent()).toContain('未导入 — 交叉边界地块：')
    const list = await page.getByTestId('site-list').textContent()
    for (const name of ['东海滩涂一号', '东滩导入地块甲', '东滩导入地块乙']) expect(list).toContain(name)

    // Both are drawn on the map in the project's layer.
    await jumpTo(page, [110.5375, 21.032], 14)
    await eventually(() =>
      page.evaluate(() => [...new Set(window.__map!.queryRenderedFeatures({ layers: ['my-sites-fill'] }).map((f) => String(f.properties.name)))].sort()),
    ).toEqual(expect.arrayContaining(['东滩导入地块乙', '东滩导入地块甲']))

    const project = await page.getByTestId('project-select').inputValue()
    const sites = await apiGet<{ items: { name: string }[] }>(page, `/api/v1/projects/${project}/sites`)
    expect(sites.body.items.map((s) => s.name).sort()).toEqual(['东海滩涂一号', '东滩导入地块乙', '东滩导入地块甲'].sort())
  })

  it('opens a site of the project when it is clicked on the map', async () => {
    // The middle of 东滩导入地块甲 (110.530–110.535 E, 21.030–21.034 N); the map is still there.
    const at = await pagePoint(page, [110.5325, 21.032])
    await page.mouse.click(at.x, at.y)
    await eventually(() => page.getByTestId('site-title').textContent()).toBe('东滩导入地块甲')
  })

  it('edits the outline of a site by dragging a corner, with the live area, and saves it', async () => {
    // Drag the north-east corner of 东滩导入地块甲 0.005° east: the rectangle (≈ 23.08 ha, see the KML)
    // becomes a trapezoid with parallel sides 0.005° and 0.010° long: 1.5 × the area ≈ 34.6 ha.
    const before = areaIn(await page.getByTestId('site-area').textContent())
    await page.getByTestId('site-edit').click()
    await eventually(() => page.getByTestId('draw-control').getAttribute('data-state')).toBe('editing')
    const from = await pagePoint(page, [110.535, 21.034])
    const to = await pagePoint(page, [110.54, 21.034])
    await page.mouse.move(from.x, from.y, { steps: 4 })
    await page.mouse.down()
    await page.mouse.move(to.x, to.y, { steps: 12 })
    await page.mouse.up()
    const live = areaIn(await page.getByTestId('draw-area').textContent())
    expect(Math.abs(live / before - 1.5)).toBeLessThan(0.02)
    const response = page.waitForResponse((r) => r.request().method() === 'PATCH' && /^\/api\/v1\/sites\//.test(new URL(r.url()).pathname))
    await page.getByTestId('site-save-shape').click()
    const patched = await (await response).json()
    expect((await response).status()).toBe(200)
    expect(Math.abs(patched.areaHa / before - 1.5)).toBeLessThan(0.02)
    await eventually(() => page.getByTestId('site-area').textContent()).toBe(`面积：${formatAreaHa(patched.areaHa, 'zh')}`)
    expect(await page.getByTestId('draw-control').getAttribute('data-state')).toBe('idle')
  })

  it('saves strata of a site and refuses shares above 100 %', async () => {
    const editor = page.getByTestId('strata-editor')
    await page.getByTestId('strata-add').click()
    await page.getByTestId('strata-add').click()
    await page.getByTestId('stratum-0-areaPercent').fill('70')
    await page.getByTestId('stratum-1-areaPercent').fill('40')
    await page.getByTestId('stratum-1-species').selectOption('avicennia-marina')
    await page.getByTestId('strata-save').click()
    // 70 + 40 = 110 > 100: refused on the page, nothing sent.
    expect(await editor.textContent()).toContain('各碳层比例合计 110%，不得超过 100%。')
    await page.getByTestId('stratum-1-areaPercent').fill('30')
    await page.getByTestId('stratum-0-plantingYear').fill('2027')
    const response = page.waitForResponse((r) => r.request().method() === 'PATCH')
    await page.getByTestId('strata-save').click()
    expect((await response).status()).toBe(200)
    await eventually(() => editor.textContent()).toContain('碳层已保存。')
    const siteIdNow = await page.getByTestId('site-panel').getAttribute('data-site-id')
    const stored = await apiGet<{ strata: { species: string; areaPercent: number; plantingYear: number | null }[] }>(page, `/api/v1/sites/${siteIdNow}`)
    expect(stored.body.strata.map((x) => [x.species, x.areaPercent, x.plantingYear])).toEqual([
      ['kandelia-obovata', 70, 2027],
      ['avicennia-marina', 30, null],
    ])
  })

  it('deletes a site after a second click, and it is gone from the project', async () => {
    await page.getByTestId('site-list').getByRole('button', { name: /东滩导入地块乙/ }).click()
    await eventually(() => page.getByTestId('site-title').textContent()).toBe('东滩导入地块乙')
    const doomed = await page.getByTestId('site-panel').getAttribute('data-site-id')
    await page.getByTestId('site-delete').click()
    expect(await page.getByTestId('site-delete').textContent()).toBe('确定删除？请再次点击')
    const response = page.waitForResponse((r) => r.request().method() === 'DELETE')
    await page.getByTestId('site-delete').click()
    expect((await response).status()).toBe(204)
    await eventually(() => page.getByTestId('site-list').textContent()).not.toContain('东滩导入地块乙')
    expect(await page.getByTestId('site-panel').isHidden()).toBe(true)
    expect((await apiGet(page, `/api/v1/sites/${doomed}`)).status).toBe(404)
  })

  it('warns about a site drawn over a demo site, with the overlapping area from the server', async () => {
    await jumpTo(page, OVERLAPPING.center, 14)
    await drawPolygonWithMouse(page, OVERLAPPING.corners)
    await eventually(() => page.getByTestId('site-panel').getAttribute('data-kind')).toBe('draft')
    await page.getByTestId('site-name').fill('特呈岛重叠测试')
    const response = page.waitForResponse(isPost(/^\/api\/v1\/projects\/[^/]+\/sites$/))
    await page.getByTestId('site-save-draft').click()
    const saved = await (await response).json()
    expect(saved.overlaps).toHaveLength(1)
    const overlap = saved.overlaps[0]
    expect(overlap.siteName).toBe(OVERLAPPING.demoSiteName)
    expect(overlap.overlapHa).toBeGreaterThan(0)
    const list = page.getByTestId('overlap-list')
    await list.waitFor()
    const text = await list.textContent()
    expect(text).toContain(`“${OVERLAPPING.demoSiteName}”重叠 ${formatNumber(overlap.overlapHa, 'zh')} 公顷`)
    expect(text).toContain(`占本地块 ${formatRatioAsPercent(overlap.shareOfSite, 'zh')}`)
    expect(text).toContain('该项目已主张此土地')
    // The registered project claims more than the 1 % the platform allows.
    expect(saved.overlapCheck.exceedsLimit).toBe(true)
    expect(await page.getByTestId('overlap-limit').textContent()).toContain('不能提交')
  })

  it('refuses a corner that makes the outline cross itself, and says why', async () => {
    // A bow-tie: corners in the order SW, NE, SE, NW make the edges SW–NE and SE–NW cross.
    const [sw, se, ne, nw] = rectangle(110.5, 21.02, 110.51, 21.028)
    await jumpTo(page, [110.505, 21.024], 14)
    await page.getByTestId('draw-start').click()
    await clickCorners(page, [sw!, ne!, se!])
    expect(await page.getByTestId('draw-message').isHidden()).toBe(true)
    await clickCorners(page, [nw!])
    await eventually(() => page.getByTestId('draw-message').textContent()).toBe('边界自相交，请移动拐点使各边互不相交。')
    expect(await page.getByTestId('draw-control').getAttribute('data-state')).toBe('drawing')
    expect(await page.getByTestId('site-panel').isHidden()).toBe(true)
    await page.getByTestId('draw-cancel').click()
    expect(await page.getByTestId('draw-control').getAttribute('data-state')).toBe('idle')
  })

  it('switches the panel to English, server messages included', async () => {
    const site = page.getByTestId('site-list').getByRole('button', { name: /特呈岛重叠测试/ })
    await site.click()
    await page.getByTestId('language-en').click()
    expect(await page.getByTestId('tab-carbon').textContent()).toBe('Carbon')
    expect(await page.getByTestId('tab-value').textContent()).toBe('Ecosystem value')
    expect(await page.getByTestId('overlap-list').textContent()).toMatch(/^Overlaps [\d.,]+ ha \([\d.]+ % of this site\) with “特呈岛南岸滩涂”/)
    await page.getByTestId('estimate-form').waitFor()
    expect(await page.getByTestId('input-startYear').getAttribute('placeholder')).toBe('No sourced default — please enter')
    expect(await page.getByTestId('default-carbonFraction').textContent()).toBe('Default 0.47 · S2')
    expect(await page.getByTestId('methodology-select').locator('option:checked').textContent()).toBe('Mangrove afforestation (CCER-14-002 structure)')
    expect(await page.getByTestId('draw-start').textContent()).toBe('Draw a site')

    // A rule only the server checks (planting after the crediting period) comes back in English, beside its field.
    await page.getByTestId('input-startYear').fill('2026')
    await page.getByTestId('input-creditingYears').fill('10')
    await page.getByTestId('input-strata[0].plantingYear').fill('2050')
    const response = page.waitForResponse(isPost(/^\/api\/v1\/estimates$/))
    await page.getByTestId('estimate-run').click()
    expect((await response).status()).toBe(400)
    await eventually(() => page.getByTestId('error-strata[0].plantingYear').textContent()).toBe('Planting year 2050 is after the end of the crediting period (2035)')
    expect(await page.getByTestId('estimate-status').textContent()).not.toBe('')
  })

  it('never asked for anything beyond its own server', () => {
    expect(app.offOrigin).toEqual([])
  })
})

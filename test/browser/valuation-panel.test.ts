import type { Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatCny, formatNumber } from '../../web/src/format/number.ts'
import { formatFieldPath, specToFields, type FieldNode } from '../../web/src/forms/spec-to-fields.ts'
import { browserSuiteEnabled } from './chromium.ts'
import { jumpTo } from './map-page.ts'
import { apiGet, createProject, eventually, logIn, openApp, type AppSession } from './support/app-session.ts'
import { drawPolygonWithMouse, rectangle } from './support/draw.ts'

const isPost = (path: string) => (r: Response) => r.request().method() === 'POST' && new URL(r.url()).pathname === path

// Inputs of the GEP model the server fills itself (api/valuations/run-valuation.ts): never on the form.
const SERVER_FILLED = ['ecosystem', 'areaHa', 'carbonPrice', 'carbonSequestrationTco2ePerYear', 'carbonSequestrationByYear']

/** Paths of every input that is required and has no sourced default, for one ecosystem's form. */
function needsInputPaths(root: FieldNode, ecosystem: string): string[] {
  if (root.kind !== 'variant') throw new Error('GEP schema is a union of ecosystems')
  const out: string[] = []
  const walk = (node: FieldNode, path: string[], parentRequired: boolean) => {
    if (node.kind === 'group') {
      // An optional object (an optional price) asks for its members only once the user starts it.
      if (!node.required && path.length) return
      for (const f of node.fields) walk(f, [...path, f.key], node.required)
    } else if ('needsInput' in node && node.needsInput && parentRequired) out.push(formatFieldPath(path))
  }
  const variant = root.variants.find((v) => v.value === ecosystem)!
  for (const f of variant.fields.filter((f) => !SERVER_FILLED.includes(f.key))) walk(f, [f.key], true)
  return out
}

// What the owner of this test site knows about it (user data, typed in; not defaults).
// Valuation year 2025: the last year of the CPI table, so every cited price can be brought to it.
const SITE_FACTS: Record<string, string> = {
  valuationYear: '2025',
  horizonYears: '20',
  discountRatePercent: '3',
  'services.aquaticProducts.harvestTPerYear': '2',
  'services.aquaticProducts.unitPrice.value': '20000',
  'services.aquaticProducts.unitPrice.priceYear': '2024',
  'services.waterPurificationPhosphorus.removalKgPerHaPerYear': '5',
  'services.waterPurificationCod.removalKgPerHaPerYear': '50',
  'services.coastalProtection.protectedShorelineKm': '1',
  'services.coastalProtection.seawallServiceLifeYears': '50',
  'services.climateRegulation.coolingEnergyKwhPerHaPerYear': '1000',
  'services.climateRegulation.electricityPrice.value': '0.6',
  'services.climateRegulation.electricityPrice.priceYear': '2024',
  'services.recreation.visitsPerYear': '0',
}

describe.skipIf(!browserSuiteEnabled())('ecosystem product value (GEP) panel in Chromium', () => {
  let app: AppSession
  let page: Page
  let siteId: string
  let needInput: string[]
  let valuation: { result: { services: { id: string; status: string; class: string; valueCnyPerYear: number | null; source: { unitPrice: { document: string } | null } }[]; sensitivity: { parameter: string }[]; totalCnyPerYear: number; npvCny: number } }

  beforeAll(async () => {
    app = await openApp('zh-CN')
    page = app.page
    await logIn(page, 'owner@demo.test')
    await createProject(page, '价值核算测试项目')
    await jumpTo(page, [110.565, 21.054], 14)
    await drawPolygonWithMouse(page, rectangle(110.56, 21.05, 110.57, 21.058))
    await page.getByTestId('site-name').fill('价值测试地块')
    const saved = page.waitForResponse((r) => r.request().method() === 'POST' && /\/sites$/.test(new URL(r.url()).pathname))
    await page.getByTestId('site-save-draft').click()
    siteId = (await (await saved).json()).id
    await page.locator(`[data-testid="site-panel"][data-site-id="${siteId}"]`).waitFor()
    // A saved carbon estimate gives the valuation its carbon (2025–2044).
    await page.getByTestId('input-startYear').fill('2025')
    await page.getByTestId('input-creditingYears').fill('20')
    const estimate = page.waitForResponse(isPost('/api/v1/estimates'))
    await page.getByTestId('estimate-save').click()
    if ((await estimate).status() !== 201) throw new Error(`saving the estimate answered ${(await estimate).status()}`)
    const schema = await apiGet<{ inputSchema: unknown }>(page, '/api/v1/methodologies/gep-valuation')
    needInput = needsInputPaths(specToFields(schema.body.inputSchema), 'mangrove')
  }, 240_000)

  afterAll(async () => {
    await app?.close()
  }, 60_000)

  it('opens with the ecosystem of the project and the seeded carbon prices, each with its period', async () => {
    await page.getByTestId('tab-value').click()
    await page.getByTestId('valuation-form').waitFor()
    expect(await page.getByTestId('ecosystem-select').inputValue()).toBe('mangrove')
    const prices = await apiGet<{ reference: Record<string, { priceCnyPerTco2e: string; periodStart: string } | null> }>(page, '/api/v1/carbon-prices')
    const cea = prices.body.reference.CEA!
    const option = page.getByTestId('carbon-price-select').locator('option[value="CEA"]')
    expect(await option.textContent()).toBe(`CEA：${formatNumber(Number(cea.priceCnyPerTco2e), 'zh')} 元/tCO2e（${cea.periodStart} – ${(cea as { periodEnd?: string }).periodEnd}）`)
  })

  it('asks for every input without a sourced default and pre-fills none of them', async () => {
    // The model has such inputs (discount rate, harvest, shoreline …): the list is not empty.
    expect(needInput).toEqual(expect.arrayContaining(['discountRatePercent', 'services.aquaticProducts.harvestTPerYear', 'services.coastalProtection.seawallServiceLifeYears']))
    for (const path of needInput) {
      const input = page.getByTestId(`input-${path}`)
      expect(await input.inputValue(), path).toBe('')
      expect(await input.getAttribute('placeholder'), path).toBe('无有出处的默认值，请填写')
    }
  })

  it('shows where an optional input\'s default comes from, and leaves the number to the model', async () => {
    const badge = page.getByTestId('default-services.recreation.valuePerVisit')
    expect(await badge.textContent()).toBe('出处 · futian-park-gep-2022')
    expect(await badge.getAttribute('title')).toContain('福田红树林生态公园')
    expect(await page.getByTestId('input-services.recreation.valuePerVisit.value').inputValue()).toBe('')
  })

  it('points at the missing inputs beside their fields before asking the server', async () => {
    let posted = 0
    const count = (r: { method(): string; url(): string }) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/v1/valuations')) posted++
    }
    page.on('request', count)
    await page.getByTestId('valuation-run').click()
    page.off('request', count)
    expect(posted).toBe(0)
    for (const path of needInput) expect(await page.getByTestId(`error-${path}`).textContent(), path).toBe('无有出处的默认值，请填写')
  })

  it('values the site: totals, stacked bar, services with sources and the sensitivity ranking as the API computed them', async () => {
    for (const [path, value] of Object.entries(SITE_FACTS)) await page.getByTestId(`input-${path}`).fill(value)
    const response = page.waitForResponse(isPost('/api/v1/valuations'))
    await page.getByTestId('valuation-run').click()
    expect((await response).status()).toBe(200)
    expect(JSON.parse((await response).request().postData()!)).toMatchObject({ siteId, ecosystem: 'mangrove', carbonPrice: { series: 'CEA' }, params: { discountRatePercent: 3 } })
    valuation = await (await response).json()
    const { result } = valuation

    await page.getByTestId('valuation-result').waitFor()
    expect(await page.getByTestId('value-total').textContent()).toBe(`年价值合计：${formatCny(result.totalCnyPerYear, 'zh')}`)
    expect(await page.getByTestId('value-npv').textContent()).toContain(formatCny(result.npvCny, 'zh'))
    expect(await page.getByTestId('valuation-result').textContent()).toContain('固碳量：取自本地块已保存的估算（2025–2044 年）。')

    // One segment per valued service, its width its share of the total.
    const valued = result.services.filter((s) => s.status === 'ok' && (s.valueCnyPerYear ?? 0) > 0)
    const total = valued.reduce((sum, s) => sum + s.valueCnyPerYear!, 0)
    const segments = await page.locator('[data-testid="value-stacked-bar"] .bc-stacked-segment').evaluateAll((els) => els.map((e) => ({ id: (e as HTMLElement).dataset.service, width: parseFloat((e as HTMLElement).style.width) })))
    expect(segments.map((s) => s.id).sort()).toEqual(valued.map((s) => s.id).sort())
    // The browser keeps about six significant digits of a CSS percentage.
    for (const s of segments) expect(s.width).toBeCloseTo((valued.find((v) => v.id === s.id)!.valueCnyPerYear! / total) * 100, 3)

    // Every service in the table, its value as computed, needs-input flagged, its price source on hover.
    for (const s of result.services) {
      const row = page.locator(`[data-testid="value-services"] tr[data-service="${s.id}"]`)
      expect(await row.getAttribute('data-status'), s.id).toBe(s.status)
      expect(await row.locator('td.bc-num').textContent(), s.id).toBe(s.valueCnyPerYear === null ? '—' : formatNumber(s.valueCnyPerYear, 'zh', 0))
      if (s.status === 'needs-input') expect(await row.textContent()).toContain('需要输入')
      if (s.source.unitPrice) expect(await row.locator('.bc-source', { hasText: '单价' }).getAttribute('title'), s.id).toContain(s.source.unitPrice.document)
    }
    expect(await page.locator('[data-testid="value-services"] tfoot td.bc-num').textContent()).toBe(formatNumber(result.totalCnyPerYear, 'zh', 0))

    // The ranking in the API's order (largest swing first).
    const ranked = await page.locator('[data-testid="value-sensitivity"] li').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.parameter))
    expect(ranked).toEqual(result.sensitivity.map((r) => r.parameter))
    expect(ranked.length).toBeGreaterThan(0)
  })

  it('links the printable report and the PDF of the site, and both are served', async () => {
    const html = page.getByTestId('report-html')
    const pdf = page.getByTestId('report-pdf')
    expect(await html.getAttribute('href')).toBe(`/api/v1/sites/${siteId}/report.html?lang=zh`)
    expect(await pdf.getAttribute('href')).toBe(`/api/v1/sites/${siteId}/report.pdf?lang=zh`)
    const served = await page.evaluate(async (links) => {
      const h = await fetch(links.html)
      const p = await fetch(links.pdf)
      const head = new Uint8Array(await p.arrayBuffer()).slice(0, 5)
      return { htmlStatus: h.status, htmlType: h.headers.get('content-type'), html: await h.text(), pdfStatus: p.status, pdfType: p.headers.get('content-type'), pdfHead: String.fromCharCode(...head) }
    }, { html: (await html.getAttribute('href'))!, pdf: (await pdf.getAttribute('href'))! })
    expect(served.htmlStatus).toBe(200)
    expect(served.htmlType).toContain('text/html')
    expect(served.html).toContain('价值测试地块')
    expect(served.pdfStatus).toBe(200)
    expect(served.pdfType).toContain('application/pdf')
    expect(served.pdfHead).toBe('%PDF-')
  }, 120_000)

  it('saves the valuation, which is shown again after a reload', async () => {
    const response = page.waitForResponse(isPost('/api/v1/valuations'))
    await page.getByTestId('valuation-save').click()
    expect((await response).status()).toBe(201)
    await eventually(() => page.getByTestId('valuation-status').textContent()).toContain('已保存')

    await page.reload()
    await page.getByTestId('user-box').waitFor({ state: 'visible' })
    await page.getByTestId('site-list').getByRole('button', { name: /价值测试地块/ }).click()
    await page.getByTestId('tab-value').click()
    await eventually(() => page.getByTestId('valuation-status').textContent()).toMatch(/^显示 .* 保存的核算结果。$/)
    expect(await page.getByTestId('value-total').textContent()).toBe(`年价值合计：${formatCny(valuation.result.totalCnyPerYear, 'zh')}`)
    expect(await page.getByTestId('input-discountRatePercent').inputValue()).toBe('3')
    const stored = await apiGet<{ valuations: { npvCny: number }[] }>(page, `/api/v1/valuations?siteId=${siteId}`)
    expect(stored.body.valuations).toHaveLength(1)
    expect(stored.body.valuations[0]!.npvCny).toBeCloseTo(valuation.result.npvCny, 1)
  })

  it('switches to English, report links included', async () => {
    await page.getByTestId('language-en').click()
    expect(await page.getByTestId('value-total').textContent()).toBe(`Total value: ${formatCny(valuation.result.totalCnyPerYear, 'en')} per year`)
    expect(await page.getByTestId('report-html').textContent()).toBe('Open printable report')
    expect(await page.getByTestId('report-pdf').getAttribute('href')).toBe(`/api/v1/sites/${siteId}/report.pdf?lang=en`)
    expect(await page.getByTestId(`input-services.aquaticProducts.harvestTPerYear`).getAttribute('placeholder')).toBe('No sourced default — please enter')
    expect(await page.locator('[data-testid="value-stacked-bar"] figcaption').textContent()).toContain('Regulating services')
  })

  it('takes the owner\'s own carbon price, asking for it when left empty', async () => {
    await page.getByTestId('carbon-price-select').selectOption('user')
    await page.getByTestId('valuation-run').click()
    expect(await page.getByTestId('valuation-status').textContent()).toBe('Carbon price: No sourced default — please enter')
    await page.getByTestId('own-price-value').fill('80')
    await page.getByTestId('own-price-note').fill('bilateral offer, May 2025')
    const response = page.waitForResponse(isPost('/api/v1/valuations'))
    await page.getByTestId('valuation-run').click()
    expect((await response).status()).toBe(200)
    expect(JSON.parse((await response).request().postData()!).carbonPrice).toEqual({ priceCnyPerTco2e: 80, sourceNote: 'bilateral offer, May 2025' })
    const { result } = await (await response).json()
    const carbon = result.services.find((s: { id: string }) => s.id === 'carbon-sequestration')
    expect(carbon.unitPrice).toBe(80)
    await eventually(() => page.getByTestId('value-total').textContent()).toBe(`Total value: ${formatCny(result.totalCnyPerYear, 'en')} per year`)
  })

  it('never asked for anything beyond its own server', () => {
    expect(app.offOrigin).toEqual([])
  })
})

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoSiteCollectionSchema } from '../../api/demo/demo-sites.schema.ts'
import { pointOnSurface } from '../../web/src/geo/point-on-surface.ts'
import { COLORS } from '../../web/src/map/style.ts'
import { browserSuiteEnabled } from './chromium.ts'
import { jumpTo, pagePoint, pixelAt, renderedSiteNames, waitForSitesInView } from './map-page.ts'
import { openApp, type AppSession } from './support/app-session.ts'

const demoSites = demoSiteCollectionSchema.parse(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../seeds/sites/zhanjiang-demo-sites.geojson', import.meta.url)), 'utf8')),
).features

type Rgb = [number, number, number]
const TOLERANCE = 6
function expectColour(actual: Rgb, expected: Rgb, what: string): void {
  for (let i = 0; i < 3; i++) expect(Math.abs(actual[i]! - expected[i]!), `${what}: got rgb(${actual}) want rgb(${expected})`).toBeLessThanOrEqual(TOLERANCE)
}

// Colours the style paints (web/src/map/style.ts), worked out by hand:
//   sea  #cfe3f1 = rgb(207, 227, 241); land #f1efe4 = rgb(241, 239, 228)
//   site #1b9e77 = rgb(27, 158, 119) at fill-opacity 0.55 over sea:
//     R = 0.55·27  + 0.45·207 = 14.85 + 93.15  = 108.0
//     G = 0.55·158 + 0.45·227 = 86.90 + 102.15 = 189.05
//     B = 0.55·119 + 0.45·241 = 65.45 + 108.45 = 173.9
const SEA: Rgb = [207, 227, 241]
const LAND: Rgb = [241, 239, 228]
const SITE_OVER_SEA: Rgb = [108, 189, 174]

describe.skipIf(!browserSuiteEnabled())('map shell in Chromium', () => {
  let app: AppSession | undefined
  let page: Page
  const apiLanguages: { path: string; acceptLanguage: string | undefined }[] = []

  beforeAll(async () => {
    // Context locale zh-CN: a first visit starts in Chinese. The map must render with no network
    // but our own server: openApp refuses and records anything else.
    app = await openApp('zh-CN', (context) =>
      context.on('request', (request) => {
        const url = new URL(request.url())
        if (url.pathname.startsWith('/api/')) apiLanguages.push({ path: url.pathname, acceptLanguage: request.headers()['accept-language'] })
      }),
    )
    page = app.page
  }, 180_000)

  afterAll(async () => {
    await app?.close()
  }, 60_000)

  it('opens in Chinese on a first visit from a Chinese browser', async () => {
    await expect.poll(() => page.title()).toBe('蓝碳平台 · 广东')
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN')
    expect(await page.getByTestId('login-open').textContent()).toBe('登录')
  })

  it('draws the offline basemap: land and sea where they are', async () => {
    await waitForSitesInView(page)
    expect(await page.evaluate(() => window.__map!.queryRenderedFeatures({ layers: ['land-fill'] }).length)).toBeGreaterThan(0)
    expect(COLORS.land).toBe('#f1efe4')
    expect(COLORS.sea).toBe('#cfe3f1')
    await jumpTo(page, [110.09, 20.91], 10) // Leizhou town, ~10 km inland
    expectColour(await pixelAt(page, [110.09, 20.91]), LAND, 'Leizhou (land)')
    await jumpTo(page, [110.2, 20.15], 10) // Qiongzhou Strait
    expectColour(await pixelAt(page, [110.2, 20.15]), SEA, 'Qiongzhou Strait (sea)')
  })

  it('logs in as the project owner', async () => {
    await page.getByTestId('login-open').click()
    await page.getByTestId('login-email').fill('owner@demo.test')
    await page.getByTestId('login-password').fill('demo-password')
    await page.getByTestId('login-submit').click()
    await page.getByTestId('user-box').waitFor({ state: 'visible' })
    expect((await page.getByTestId('user-name').textContent())?.trim()).not.toBe('')
    expect(await page.getByTestId('user-detail').textContent()).toContain('项目业主')
    expect(await page.getByTestId('logout').textContent()).toBe('退出登录')
    expect(await page.evaluate(async () => (await fetch('/api/v1/me')).status)).toBe(200)
  })

  it('shows every demo site on the map around Zhanjiang', async () => {
    await jumpTo(page, [110.1, 21.2], 9)
    const names = await renderedSiteNames(page)
    expect(demoSites.length).toBeGreaterThanOrEqual(3)
    for (const site of demoSites) expect(names).toContain(site.properties.name)
    expect(Number(await page.getAttribute('#map', 'data-sites-count'))).toBeGreaterThanOrEqual(demoSites.length)
  })

  it('paints each demo site in the site colour at street zoom', async () => {
    expect(COLORS.siteFill).toBe('#1b9e77')
    for (const site of demoSites) {
      const inside = pointOnSurface(site.geometry.coordinates)!
      await jumpTo(page, inside, 14)
      expectColour(await pixelAt(page, inside), SITE_OVER_SEA, site.properties.key)
    }
  })

  it("opens a site's details when it is clicked", async () => {
    const site = demoSites[0]!
    const inside = pointOnSurface(site.geometry.coordinates)!
    await jumpTo(page, inside, 14)
    const at = await pagePoint(page, inside)
    await page.mouse.click(at.x, at.y)
    const popup = page.getByTestId('site-popup')
    await popup.waitFor({ state: 'visible' })
    expect(await popup.locator('h3').textContent()).toBe(site.properties.name)
    expect(await popup.textContent()).toContain(site.properties.projectName)
    expect(await popup.textContent()).toMatch(/[\d.,]+ 公顷/)
  })

  it('switches to English and sends the new language to the API', async () => {
    await page.getByTestId('language-en').click()
    // A popup written in Chinese closes rather than linger in the old language.
    expect(await page.getByTestId('site-popup').count()).toBe(0)
    expect(await page.getByTestId('logout').textContent()).toBe('Log out')
    expect(await page.getByTestId('user-detail').textContent()).toContain('Project owner')
    expect(await page.title()).toBe('Blue Carbon Platform · Guangdong')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.getByTestId('language-en').getAttribute('aria-pressed')).toBe('true')
    const before = apiLanguages.length
    await jumpTo(page, [110.1, 21.2], 9)
    const after = apiLanguages.slice(before).filter((r) => r.path === '/api/v1/registry/sites')
    expect(after.length).toBeGreaterThan(0)
    for (const r of after) expect(r.acceptLanguage).toBe('en')
    // Before the switch the same calls went out as Chinese.
    expect(apiLanguages.slice(0, before).filter((r) => r.path === '/api/v1/registry/sites').every((r) => r.acceptLanguage === 'zh-CN')).toBe(true)
  })

  it('keeps English and the session after a reload', async () => {
    await page.reload()
    await waitForSitesInView(page)
    await page.getByTestId('user-box').waitFor({ state: 'visible' })
    expect(await page.getByTestId('logout').textContent()).toBe('Log out')
    expect(await page.title()).toBe('Blue Carbon Platform · Guangdong')
    const names = await renderedSiteNames(page)
    for (const site of demoSites) expect(names).toContain(site.properties.name)
  })

  it('logs out', async () => {
    await page.getByTestId('logout').click()
    await page.getByTestId('login-open').waitFor({ state: 'visible' })
    expect(await page.getByTestId('login-open').textContent()).toBe('Log in')
    expect(await page.evaluate(async () => (await fetch('/api/v1/me')).status)).toBe(401)
  })

  it('explains a wrong password in the current language', async () => {
    await page.getByTestId('login-open').click()
    await page.getByTestId('login-email').fill('owner@demo.test')
    await page.getByTestId('login-password').fill('not-the-password')
    await page.getByTestId('login-submit').click()
    await expect.poll(() => page.getByTestId('login-error').textContent()).toBe('Could not log in. Check your email and password.')
    await page.getByTestId('language-zh').click()
    expect(await page.getByTestId('login-error').textContent()).toBe('无法登录，请检查邮箱和密码。')
  })

  it('never asked for anything beyond its own server', () => {
    expect(app!.offOrigin).toEqual([])
  })
})

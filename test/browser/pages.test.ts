import type { Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getMethodology } from '../../methodologies/index.ts'
import { browserSuiteEnabled } from './chromium.ts'
import { waitForSitesInView } from './map-page.ts'
import { apiGet, eventually, openAppAt, type AppSession } from './support/app-session.ts'

const MANGROVE = getMethodology('mangrove-afforestation')!

/** A value that only survives as long as the document does: gone after any reload. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }))
}
async function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true)
}

describe.skipIf(!browserSuiteEnabled())('pages beside the map in Chromium', () => {
  let app: (AppSession & { first: Awaited<ReturnType<Page['goto']>> }) | undefined
  let page: Page
  const requests: Request[] = []

  beforeAll(async () => {
    app = await openAppAt(`/methodologies/${MANGROVE.id}`, 'zh-CN', (context) => context.on('request', (r) => requests.push(r)))
    page = app.page
  }, 180_000)

  afterAll(async () => {
    await app?.close()
  }, 60_000)

  it('opens a deep link directly: the server answers with the app, which shows that page', async () => {
    expect(app!.first?.status()).toBe(200)
    expect(app!.first?.headers()['content-type']).toMatch(/^text\/html/)
    const heading = page.getByTestId('methodology-page').locator('h1')
    await eventually(() => heading.textContent()).toBe(MANGROVE.title.zh)
    expect(await page.title()).toBe(`${MANGROVE.title.zh} · 蓝碳平台 · 广东`)
    expect(await page.getByTestId('methodology-meta').textContent()).toContain(MANGROVE.version)
    // The inputs table is the spec's: every top-level input of the methodology has its row.
    const keys = await page.locator('[data-testid="methodology-inputs"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')))
    const specKeys = Object.keys((MANGROVE.input as unknown as { shape: Record<string, unknown> }).shape)
    expect(keys.length).toBeGreaterThan(0)
    for (const key of keys) expect(specKeys).toContain(key)
    expect(await page.getByTestId('nav-methodologies').getAttribute('aria-current')).toBe('page')
  })

  it('does not load the map (MapLibre) for a page that has none', () => {
    expect(requests.some((r) => /mount-map-page/.test(r.url()))).toBe(false)
    expect(requests.some((r) => r.url().includes('/api/v1/registry/sites'))).toBe(false)
  })

  it('moves between pages without reloading, keeping the language and the session', async () => {
    await markDocument(page)
    const documents = requests.filter((r) => r.resourceType() === 'document').length

    await page.getByTestId('language-en').click()
    expect(await page.getByTestId('methodology-page').locator('h1').textContent()).toBe(MANGROVE.title.en)

    await page.getByTestId('login-open').click()
    await page.getByTestId('login-email').fill('owner@demo.test')
    await page.getByTestId('login-password').fill('demo-password')
    await page.getByTestId('login-submit').click()
    await page.getByTestId('user-box').waitFor({ state: 'visible' })

    // Header link → the methodology list; a card link → back to a methodology; header → projects.
    await page.getByTestId('methodologies-back').click()
    await page.getByTestId('methodology-list').waitFor()
    expect(new URL(page.url()).pathname).toBe('/methodologies')
    expect(await page.title()).toBe('Methodologies · Blue Carbon Platform · Guangdong')
    const cards = await page.getByTestId('methodology-item').count()
    expect(cards).toBe((await apiGet<{ methodologies: unknown[] }>(page, '/api/v1/methodologies')).body.methodologies.length)

    await page.getByTestId('nav-projects').click()
    await page.getByTestId('project-list').waitFor()
    expect(new URL(page.url()).pathname).toBe('/projects')
    const mine = (await apiGet<{ items: { name: string; nameEn: string | null }[] }>(page, '/api/v1/projects?limit=200')).body.items
    expect(mine.length).toBeGreaterThan(0)
    const rows = await page.getByTestId('project-row').locator('td:first-child').allTextContents()
    expect(rows.sort()).toEqual(mine.map((p) => p.nameEn ?? p.name).sort())

    // The map, then Back: still the same document, still English, still signed in.
    await page.getByTestId('nav-map').click()
    await waitForSitesInView(page)
    expect(await page.title()).toBe('Blue Carbon Platform · Guangdong')
    expect(await page.getByTestId('project-select').isVisible()).toBe(true)
    await page.goBack()
    await page.getByTestId('project-list').waitFor()
    expect(await page.getByTestId('logout').textContent()).toBe('Log out')
    expect(await page.getAttribute('html', 'lang')).toBe('en')

    expect(await sameDocument(page)).toBe(true)
    expect(requests.filter((r) => r.resourceType() === 'document').length).toBe(documents)
    // One /me at start-up: the session was never asked for again.
    expect(requests.filter((r) => new URL(r.url()).pathname === '/api/v1/me').length).toBe(1)
  })

  it('shows the not-found page for an unknown URL, in the chosen language, with a way home', async () => {
    const response = await page.goto(new URL('/no/such/page', app!.url).href)
    expect(response?.status()).toBe(200)
    await page.getByTestId('not-found-page').waitFor()
    expect(await page.getByTestId('not-found-page').locator('h1').textContent()).toBe('Page not found')
    expect(await page.getByTestId('not-found-page').textContent()).toContain('/no/such/page')
    expect(await page.title()).toBe('Page not found · Blue Carbon Platform · Guangdong')
    await page.getByTestId('not-found-home').click()
    await waitForSitesInView(page)
    expect(new URL(page.url()).pathname).toBe('/')
  })

  it('asks a signed-out visitor of /projects to log in, and lists the projects once they have', async () => {
    await page.getByTestId('logout').click()
    await page.getByTestId('login-open').waitFor()
    await page.goto(new URL('/projects', app!.url).href)
    await page.getByTestId('projects-login-first').waitFor()
    expect(await page.getByTestId('projects-login-first').textContent()).toBe('Log in to see your projects.')
    // Projects are for owners: the header does not offer them to a visitor.
    expect(await page.getByTestId('nav-projects').count()).toBe(0)
    await page.getByTestId('login-open').click()
    await page.getByTestId('login-email').fill('owner@demo.test')
    await page.getByTestId('login-password').fill('demo-password')
    await page.getByTestId('login-submit').click()
    await page.getByTestId('project-list').waitFor()
    expect(await page.getByTestId('nav-projects').getAttribute('aria-current')).toBe('page')
  })

  it('keeps unknown API paths a 404 problem, even from the address bar', async () => {
    const response = await page.goto(new URL('/api/v1/no-such-thing', app!.url).href)
    expect(response?.status()).toBe(404)
    expect(response?.headers()['content-type']).toMatch(/^application\/problem\+json/)
  })

  it('never asked for anything beyond its own server', () => {
    expect(app!.offOrigin).toEqual([])
  })
})

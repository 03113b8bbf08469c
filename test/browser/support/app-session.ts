import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { BrowserContext, Page, Response } from 'playwright-core'
import { expect } from 'vitest'
import { startTestServer } from '../../support/start-server.ts'
import { launchChromium } from '../chromium.ts'
import { waitForSitesInView } from '../map-page.ts'

const WEB_DIST_INDEX = fileURLToPath(new URL('../../../web/dist/index.html', import.meta.url))

export type AppSession = {
  url: string
  page: Page
  context: BrowserContext
  /** Every request that tried to leave our own server (refused). */
  offOrigin: string[]
  close(): Promise<void>
}

/**
 * Our server on a fresh embedded database with the demo data, and Debian's
 * Chromium on a fresh profile that may reach nothing but that server (the app
 * must work offline). The page is open and the map has drawn.
 *
 * @param watch called with the context before the page opens, to see its very first requests
 */
export async function openApp(locale = 'zh-CN', watch?: (context: BrowserContext) => void): Promise<AppSession> {
  const app = await openAppAt('/', locale, watch)
  await waitForSitesInView(app.page)
  return app
}

/**
 * As openApp, but the browser's first request is `path` (a deep link), and
 * nothing is awaited beyond the navigation's own response, returned as `first`.
 */
export async function openAppAt(path: string, locale = 'zh-CN', watch?: (context: BrowserContext) => void): Promise<AppSession & { first: Response | null }> {
  if (!existsSync(WEB_DIST_INDEX)) throw new Error('web/dist is missing: run `npm run build:web` first (npm test does)')
  const server = await startTestServer()
  const origin = new URL(server.url).origin
  const browser = await launchChromium({ locale })
  const offOrigin: string[] = []
  await browser.context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(`${origin}/`)) return route.continue()
    offOrigin.push(url)
    return route.abort()
  })
  watch?.(browser.context)
  const page = browser.context.pages()[0] ?? (await browser.context.newPage())
  const first = await page.goto(new URL(path, origin).href)
  return {
    url: server.url,
    page,
    context: browser.context,
    offOrigin,
    first,
    async close() {
      await browser.close()
      await server.stop()
    },
  }
}

/** Logs in through the auth control and waits for the user's projects to be listed. */
export async function logIn(page: Page, email: string, password = 'demo-password'): Promise<void> {
  await page.getByTestId('login-open').click()
  await page.getByTestId('login-email').fill(email)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('user-box').waitFor({ state: 'visible' })
  await page.getByTestId('project-select').waitFor({ state: 'visible' })
}

/** Creates a draft project through the projects panel; it becomes the current project. */
export async function createProject(page: Page, name: string): Promise<void> {
  await page.getByTestId('project-new').click()
  await page.getByTestId('project-name').fill(name)
  await page.getByTestId('project-create').click()
  await page.locator('[data-testid="project-select"] option:checked', { hasText: name }).waitFor({ state: 'attached' })
}

/** Calls our API from inside the page, with the page's session cookie. */
export async function apiGet<T>(page: Page, path: string): Promise<{ status: number; body: T }> {
  return page.evaluate(async (p) => {
    const res = await fetch(p, { headers: { accept: 'application/json' } })
    return { status: res.status, body: (await res.json()) as T }
  }, path)
}

/**
 * `expect.poll` with room for a slow machine: CI renders WebGL in software on
 * two cores, and a save is a round trip to an embedded database.
 */
export function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 20_000, interval: 100 })
}

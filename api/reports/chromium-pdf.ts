import { existsSync } from 'node:fs'

/** Debian's Chromium flags for a headless, offline, profile-less run (ci.md). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** No Chromium to render with: the route answers 503 `pdf_renderer_unavailable`. */
export class PdfRendererUnavailable extends Error {
  constructor(
    readonly executablePath: string,
    options?: { cause?: unknown },
  ) {
    super(`Chromium is not available at ${executablePath}`, options)
    this.name = 'PdfRendererUnavailable'
  }
}

export type PdfRenderer = (html: string) => Promise<Uint8Array>

/**
 * HTML → A4 PDF with headless Chromium through playwright-core. A browser is
 * launched per document (nothing stays running between requests) with
 * JavaScript off and every network request aborted: the report is
 * self-contained, so nothing may be fetched while printing it. At most
 * `maxConcurrent` browsers run at once; further requests wait their turn.
 *
 * @param options.executablePath e.g. /usr/bin/chromium (apt-get install chromium); never downloaded
 */
export function createChromiumPdfRenderer(options: { executablePath: string; timeoutMs?: number; maxConcurrent?: number }): PdfRenderer {
  const { executablePath } = options
  const timeout = options.timeoutMs ?? 30_000
  const maxConcurrent = options.maxConcurrent ?? 2
  let running = 0
  const waiting: (() => void)[] = []
  const acquire = async () => {
    if (running >= maxConcurrent) await new Promise<void>((resolve) => waiting.push(resolve))
    running += 1
  }
  const release = () => {
    running -= 1
    waiting.shift()?.()
  }

  return async (html) => {
    if (!existsSync(executablePath)) throw new PdfRendererUnavailable(executablePath)
    await acquire()
    try {
      // Imported here: playwright-core is only needed when a PDF is asked for.
      let chromium: typeof import('playwright-core').chromium
      let browser: import('playwright-core').Browser
      try {
        chromium = (await import('playwright-core')).chromium
        browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout })
      } catch (err) {
        throw new PdfRendererUnavailable(executablePath, { cause: err })
      }
      try {
        const context = await browser.newContext({ javaScriptEnabled: false })
        const page = await context.newPage()
        await page.route('**/*', (route) => route.abort())
        await page.setContent(html, { waitUntil: 'load', timeout })
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
        return new Uint8Array(pdf)
      } finally {
        await browser.close()
      }
    } finally {
      release()
    }
  }
}

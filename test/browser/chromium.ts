import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import { CHROMIUM_ARGS } from '../../api/reports/chromium-pdf.ts'

/** Debian's Chromium (apt-get install chromium); a browser is never downloaded. .ci/run may name another path. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

// The report renderer's headless, offline flags, plus SwiftShader: WebGL
// (MapLibre) renders through it on machines without a GPU.
const ARGS = [...CHROMIUM_ARGS, '--enable-unsafe-swiftshader']

/**
 * Whether the browser suite runs: always under CI (a missing browser must fail
 * there, not skip), elsewhere only when Chromium is installed.
 */
export function browserSuiteEnabled(): boolean {
  return process.env.CI === 'true' || existsSync(CHROMIUM_PATH)
}

/** A Chromium context on a fresh temporary profile, removed again by `close`. */
export async function launchChromium(options: { locale: string }): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: apt-get install -y chromium`)
  const profile = mkdtempSync(join(tmpdir(), 'bc-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    locale: options.locale,
    viewport: { width: 1280, height: 800 },
  })
  return {
    context,
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

import { startPlatform } from '../../api/boot.ts'
import { parseEnv } from '../../api/env.ts'
import { createLogger } from '../../api/logger.ts'
import { freshPgliteDataDir } from './pglite-template.ts'

/**
 * A real HTTP server on a random loopback port: embedded database in a fresh
 * folder, demo data, serving web/dist (build it first: `npm run build:web`).
 */
export async function startTestServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const data = await freshPgliteDataDir()
  const env = parseEnv({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: data.dir, DEMO: '1', LOG_LEVEL: 'warn' })
  const platform = await startPlatform(env, createLogger('warn'))
  return {
    url: platform.url,
    async stop() {
      await platform.stop()
      await data.remove()
    },
  }
}

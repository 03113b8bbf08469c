import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve, type ServerType } from '@hono/node-server'
import { createApp } from './app.ts'
import { migrate } from './db/migrate.ts'
import { databaseDocumentStore } from './documents/database-document-store.ts'
import { folderDocumentStore } from './documents/folder-document-store.ts'
import { openDatabase } from './db/open-database.ts'
import type { Env } from './env.ts'
import type { Logger } from './logger.ts'
import { createChromiumPdfRenderer } from './reports/chromium-pdf.ts'
import { seedDemo } from './demo/seed.ts'
import { seedReferenceData } from './carbon-prices/reference-data.ts'

export const WEB_DIST = fileURLToPath(new URL('../web/dist', import.meta.url))

export type RunningPlatform = { url: string; demo: boolean; stop(): Promise<void> }

/**
 * Opens the database (embedded or server), migrates, seeds, and listens.
 * Shared by the server entry and by tests that need a real HTTP server.
 */
export async function startPlatform(env: Env, logger: Logger, options: { webDistDir?: string | null } = {}): Promise<RunningPlatform> {
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR })
  try {
    const demo = env.DEMO ?? db.mode === 'embedded'
    const { applied, version } = await migrate(db.sql)
    logger.info('database ready', { mode: db.mode, dataDir: db.mode === 'embedded' ? env.DATA_DIR : undefined, migrationVersion: version, applied })
    const reference = await seedReferenceData(db.sql)
    if (demo) logger.info('seeded', { ...reference, ...(await seedDemo(db.sql)) })

    const webDistDir = options.webDistDir !== undefined ? options.webDistDir : existsSync(WEB_DIST) ? WEB_DIST : null
    if (!webDistDir) logger.warn('web/dist not found: serving the API only (run `npm run build:web`)')

    const app = createApp({
      sql: db.sql,
      now: () => new Date(),
      logger,
      config: {
        databaseMode: db.mode,
        maxBodyBytes: env.MAX_BODY_BYTES,
        cookieSecure: env.COOKIE_SECURE,
        sessionTtlHours: env.SESSION_TTL_HOURS,
        tokenTtlDays: env.TOKEN_TTL_DAYS,
        maxSiteAreaHa: env.MAX_SITE_AREA_HA,
        maxOverlapShare: env.MAX_OVERLAP_SHARE,
        maxDocumentBytes: env.MAX_DOCUMENT_BYTES,
        disclosureDays: env.DISCLOSURE_DAYS,
        maxMcPaths: env.MAX_MC_PATHS,
        trustProxy: env.TRUST_PROXY,
        webDistDir,
      },
      renderPdf: createChromiumPdfRenderer({ executablePath: env.CHROMIUM_PATH }),
      documentStore: env.DOCUMENT_STORE === 'folder' ? folderDocumentStore(env.DOCUMENT_DIR ?? join(env.DATA_DIR, 'documents')) : databaseDocumentStore(),
    })
    const server: ServerType = await new Promise((resolve) => {
      const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(s))
    })
    const address = server.address() as AddressInfo
    const host = address.address.includes(':') ? `[${address.address}]` : address.address
    return {
      url: `http://${host}:${address.port}`,
      demo,
      stop: () =>
        new Promise<void>((resolve) => {
          // Stop accepting connections, let in-flight requests finish, then close the database.
          server.close(() => void db.close().then(resolve, resolve))
          if ('closeIdleConnections' in server) (server as { closeIdleConnections(): void }).closeIdleConnections()
        }),
    }
  } catch (err) {
    await db.close()
    throw err
  }
}

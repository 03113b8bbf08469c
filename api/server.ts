import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { createApp } from './app.ts'
import { migrate } from './db/migrate.ts'
import { openDatabase } from './db/open-database.ts'
import { parseEnv } from './env.ts'
import { createLogger } from './logger.ts'
import { readDemoAccounts } from '../seeds/demo-accounts.ts'
import { seedDemo } from '../seeds/seed.ts'
import { seedReferenceData } from '../seeds/reference-data.ts'

const WEB_DIST = fileURLToPath(new URL('../web/dist', import.meta.url))

async function main() {
  const env = parseEnv(process.env)
  const logger = createLogger(env.LOG_LEVEL)
  const started = performance.now()

  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR })
  const demo = env.DEMO ?? db.mode === 'embedded'
  const { applied, version } = await migrate(db.sql)
  logger.info('database ready', { mode: db.mode, dataDir: db.mode === 'embedded' ? env.DATA_DIR : undefined, migrationVersion: version, applied })
  await seedReferenceData(db.sql)
  if (demo) logger.info('demo data', await seedDemo(db.sql))

  const webDistDir = existsSync(WEB_DIST) ? WEB_DIST : null
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
      maxSiteAreaHa: env.MAX_SITE_AREA_HA,
      webDistDir,
    },
  })

  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    const url = `http://${info.address.includes(':') ? `[${info.address}]` : info.address}:${info.port}`
    logger.info('listening', { url, startupMs: Math.round(performance.now() - started) })
    const lines = [``, `  Blue Carbon Platform is running at ${url}`, `  API docs: ${url}/api/docs`]
    if (demo) {
      lines.push(`  Demo logins (password "demo-password"):`)
      void readDemoAccounts().then((a) => {
        for (const org of a.organisations) for (const u of org.users) lines.push(`    ${u.roles.join(',').padEnd(9)} ${u.email}`)
        process.stdout.write(lines.join('\n') + '\n\n')
      })
    } else process.stdout.write(lines.join('\n') + '\n\n')
  })

  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info('shutting down', { signal })
    // Stop accepting connections, let in-flight requests finish, then close the database.
    server.close(async () => {
      await db.close()
      logger.info('stopped')
      process.exit(0)
    })
    setTimeout(() => {
      logger.error('forced exit after 10 s')
      process.exit(1)
    }, 10_000).unref()
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}

main().catch((err) => {
  process.stderr.write(`Failed to start: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})

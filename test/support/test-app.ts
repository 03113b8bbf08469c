import { randomBytes } from 'node:crypto'
import { inject } from 'vitest'
import { createApp } from '../../api/app.ts'
import type { AppConfig } from '../../api/app-env.ts'
import { connect, type Database } from '../../api/db/client.ts'
import { migrate } from '../../api/db/migrate.ts'
import { createLogger } from '../../api/logger.ts'
import { seedDemo } from '../../api/demo/seed.ts'
import { seedReferenceData } from '../../api/carbon-prices/reference-data.ts'

export type TestContext = {
  app: ReturnType<typeof createApp>
  sql: Database
  /** The app's configuration, for a second app on the same database (e.g. another PDF renderer). */
  config: AppConfig
  /** Advances the app's clock (for expiry and throttle windows). */
  clock: { now: Date; advanceSeconds(s: number): void }
  logLines: string[]
  close(): Promise<void>
}

/**
 * An app on a private schema of the suite's database (embedded PGlite or the
 * real server, whichever project runs), migrated and seeded like production.
 */
export async function createTestContext(options: { demo?: boolean; config?: Partial<AppConfig> } = {}): Promise<TestContext> {
  const url = inject('databaseUrl')
  const mode = inject('databaseMode')
  const schema = `bc_test_${randomBytes(6).toString('hex')}`
  const admin = connect(url, mode)
  await admin.unsafe(`CREATE SCHEMA ${schema}`)
  await admin.end()
  const sql = connect(url, mode, { searchPath: `${schema},public` })
  // pglite-socket ignores the startup search_path, so every file would share `public`.
  // PGlite is one backend and files take turns on it: setting it for the session isolates them.
  if (mode === 'embedded') await sql.unsafe(`SET search_path TO ${schema}, public`)
  await migrate(sql)
  await seedReferenceData(sql)
  if (options.demo ?? true) await seedDemo(sql)
  const clock = {
    now: new Date('2026-06-01T08:00:00Z'),
    advanceSeconds(s: number) {
      clock.now = new Date(clock.now.getTime() + s * 1000)
    },
  }
  const logLines: string[] = []
  const config: AppConfig = {
    databaseMode: mode,
    maxBodyBytes: 1024 * 1024,
    cookieSecure: false,
    sessionTtlHours: 24,
    tokenTtlDays: 90,
    maxSiteAreaHa: 10_000,
    maxOverlapShare: 0.01,
    maxDocumentBytes: 25 * 1024 * 1024,
    disclosureDays: 0,
    maxMcPaths: 200_000,
    trustProxy: [],
    webDistDir: null,
    ...options.config,
  }
  const app = sendingOrigin(createApp({ sql, now: () => clock.now, logger: createLogger('info', (line) => logLines.push(line)), config }))
  return {
    app,
    sql,
    config,
    clock,
    logLines,
    async close() {
      await sql.unsafe(`DROP SCHEMA ${schema} CASCADE`)
      await sql.end()
    },
  }
}

/** The origin of `app.request()` calls: Hono resolves their paths against it. */
export const TEST_ORIGIN = 'http://localhost'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Makes `app.request()` send `Origin` on unsafe methods, as the browser does
 * for the web client's same-origin fetches, so suites exercise their routes
 * rather than the CSRF guard. A test that controls Origin itself sends a
 * header of its own, or calls `app.fetch(new Request(...))`, which this leaves
 * untouched.
 */
export function sendingOrigin<T extends ReturnType<typeof createApp>>(app: T): T {
  const request = app.request
  app.request = (input, init, ...rest) => {
    const fromRequest = input instanceof Request ? input : undefined
    const method = (init?.method ?? fromRequest?.method ?? 'GET').toUpperCase()
    const headers = new Headers(init?.headers ?? fromRequest?.headers)
    if (SAFE_METHODS.has(method) || headers.has('origin')) return request(input, init, ...rest)
    headers.set('origin', TEST_ORIGIN)
    return request(input, { ...init, headers }, ...rest)
  }
  return app
}

/** Signs in a demo user and returns the `Cookie` header value of the session. */
export async function loginCookie(ctx: TestContext, email: string, password = 'demo-password'): Promise<string> {
  const res = await ctx.app.request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${await res.text()}`)
  const cookie = res.headers.get('set-cookie') ?? ''
  return cookie.split(';')[0]!
}

/** Ids of the seeded demo sites by their seed key (seeds/sites/zhanjiang-demo-sites.geojson). */
export async function seededSiteIds(sql: Database): Promise<Record<string, string>> {
  const rows = await sql<{ id: string; seed_key: string }[]>`SELECT id, seed_key FROM sites WHERE seed_key IS NOT NULL`
  return Object.fromEntries(rows.map((r) => [r.seed_key, r.id]))
}

/** Row counts of every table of the schema: a cheap fingerprint to prove bad input changed nothing. */
export async function tableCounts(sql: Database): Promise<Record<string, number>> {
  const tables = await sql<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'login_throttle'
    ORDER BY table_name`
  const counts: Record<string, number> = {}
  for (const { table_name } of tables) {
    const [row] = await sql.unsafe<{ n: string }[]>(`SELECT count(*)::text AS n FROM "${table_name}"`)
    counts[table_name] = Number(row!.n)
  }
  return counts
}

import { randomBytes } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { createApp } from '../../api/app.ts'
import { connect, unixSocketTarget, type Database } from '../../api/db/client.ts'
import { verifyAuditChain } from '../../api/db/queries/audit-events.ts'
import { createLogger } from '../../api/logger.ts'
import { jsonInit } from '../fixtures/import/sites.ts'
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.ts'
import { createTestContext, sendingOrigin, type TestContext } from '../support/test-app.ts'

/**
 * Database faults on both databases: the app under test reaches the suite's
 * database through a TCP proxy that the test cuts, takes down and restores; on
 * the real server its sessions (found by a private application_name) are also
 * terminated with pg_terminate_backend. PGlite is one in-process backend with
 * no backend processes to terminate, so there only the proxy produces faults.
 */
let ctx: TestContext
let proxy: TcpProxy
let appSql: Database
let app: ReturnType<typeof createApp>
let cookie: string
const applicationName = `bc_fault_${randomBytes(4).toString('hex')}`
const mode = inject('databaseMode')

/** Errors that escaped every caller: each of these would have ended a server process. */
const escaped: unknown[] = []
const onEscape = (err: unknown) => void escaped.push(err)

beforeAll(async () => {
  ctx = await createTestContext()
  const [row] = await ctx.sql<{ schema: string }[]>`SELECT current_schema() AS schema`
  const schema = row!.schema
  const socket = unixSocketTarget(inject('databaseUrl'))
  const target = new URL(socket.url)
  proxy = await startTcpProxy(socket.path ? { path: socket.path } : { host: target.hostname, port: Number(target.port || 5432) })
  const viaProxy = new URL(target)
  viaProxy.hostname = '127.0.0.1'
  viaProxy.port = String(proxy.port)
  appSql = connect(viaProxy.toString(), mode, { searchPath: `${schema},public`, applicationName })
  app = sendingOrigin(createApp({ sql: appSql, now: () => new Date(), logger: createLogger('silent'), config: ctx.config }))
  const login = await app.request('/api/v1/auth/login', jsonInit('POST', { email: 'owner@demo.test', password: 'demo-password' }, ''))
  expect(login.status).toBe(200)
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
  process.on('uncaughtException', onEscape)
  process.on('unhandledRejection', onEscape)
})

afterAll(async () => {
  process.off('uncaughtException', onEscape)
  process.off('unhandledRejection', onEscape)
  await appSql?.end({ timeout: 5 })
  await proxy?.close()
  await ctx?.close()
})

afterEach(() => {
  expect(escaped, 'errors that would have crashed the process').toEqual([])
})

/** Asserts a 503 problem from a database fault: problem+json, a known code, Retry-After in seconds. */
async function expectDatabase503(res: Response, label: string) {
  expect(res.status, label).toBe(503)
  expect(res.headers.get('content-type'), label).toMatch(/^application\/problem\+json/)
  expect(Number(res.headers.get('retry-after')), label).toBeGreaterThan(0)
  const body = await res.json()
  expect(['service_unavailable', 'database_busy'], label).toContain(body.code)
  expect(body.status, label).toBe(503)
}

/** Waits until the app answers again after the database came back, without restarting anything. */
async function waitForHealth(): Promise<Response> {
  let res = await app.request('/api/health')
  for (let attempt = 0; attempt < 60 && res.status !== 200; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    res = await app.request('/api/health')
  }
  return res
}

describe('connections killed during a write loop', () => {
  // Embedded: PGlite has no backends to terminate, and cutting the app's one loopback connection
  // mid-transaction through the proxy left the app's requests waiting forever behind pglite-socket
  // 0.2.11 (another connection still got answers; cause not yet found). That connection does not drop
  // in normal use, so this fault is proven on the real server only; the outage test below runs on both.
  it.skipIf(mode === 'embedded')('never crashes; answers only 201 or 503; leaves no project without its audit event; the audit chain verifies', async () => {
    const requests = 200
    const concurrency = 10
    const prefix = `fault-loop-${randomBytes(3).toString('hex')}-`
    const created: string[] = []
    const unavailable: Response[] = []
    const other: string[] = []

    let writing = true
    let faults = 0
    let answered = 0
    // A fault after every few answers, whatever the machine's speed: in-flight requests fail, later ones reconnect.
    const killer = (async () => {
      for (let round = 0; writing; round++) {
        const from = answered
        while (writing && answered - from < 6) await new Promise((resolve) => setTimeout(resolve, 5))
        if (!writing) break
        if (mode === 'server' && round % 2 === 0) {
          // The OFFSET 0 fence makes the filter run before pg_terminate_backend: in one WHERE clause
          // the planner may call it first, on every backend of the server.
          const killed = await ctx.sql<{ killed: boolean }[]>`
            SELECT pg_terminate_backend(pid) AS killed FROM (
              SELECT pid FROM pg_stat_activity
              WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = ${applicationName}
              OFFSET 0) AS mine`
          faults += killed.filter((k) => k.killed).length
        } else {
          faults += proxy.cut()
        }
      }
    })().then(
      () => null,
      (err: unknown) => err,
    )

    let next = 0
    const worker = async () => {
      while (next < requests) {
        const i = next++
        const res = await app.request('/api/v1/projects', jsonInit('POST', { name: `${prefix}${i}`, sinkType: 'mangrove' }, cookie))
        answered++
        if (res.status === 201) created.push((await res.json()).id)
        else if (res.status === 503) unavailable.push(res)
        else other.push(`${res.status} ${await res.text()}`)
      }
    }
    try {
      await Promise.all(Array.from({ length: concurrency }, worker))
    } finally {
      writing = false
    }
    expect(await killer).toBeNull()

    expect(other).toEqual([])
    expect(created.length + unavailable.length).toBe(requests)
    // The faults really happened and really hit requests, and the app still served between them.
    expect(faults).toBeGreaterThan(0)
    expect(unavailable.length).toBeGreaterThan(0)
    expect(created.length).toBeGreaterThan(0)
    for (const res of unavailable) await expectDatabase503(res, 'write during a fault')

    // Every answered 201 is stored; nothing is half-written: each project of the loop has exactly its one create event.
    const rows = await ctx.sql<{ id: string; events: number }[]>`
      SELECT p.id, (SELECT count(*)::int FROM audit_events e WHERE e.subject_id = p.id::text AND e.action = 'project.create') AS events
      FROM projects p WHERE p.name LIKE ${prefix + '%'}`
    const stored = new Set(rows.map((r) => r.id))
    for (const id of created) expect(stored.has(id)).toBe(true)
    expect(rows.filter((r) => r.events !== 1)).toEqual([])
    const [orphans] = await ctx.sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM audit_events e
      WHERE e.action = 'project.create' AND e.payload->>'name' LIKE ${prefix + '%'}
        AND NOT EXISTS (SELECT 1 FROM projects p WHERE p.id::text = e.subject_id)`
    expect(orphans!.n).toBe(0)
    // A 503 may hide a COMMIT whose answer was lost, never more rows than requests that could have written.
    expect(rows.length).toBeGreaterThanOrEqual(created.length)
    expect(rows.length).toBeLessThanOrEqual(requests)

    expect(await verifyAuditChain(ctx.sql)).toMatchObject({ brokenAt: null })

    // Service resumes on its own once the faults stop.
    expect((await waitForHealth()).status).toBe(200)
    const after = await app.request('/api/v1/projects', jsonInit('POST', { name: `${prefix}after`, sinkType: 'mangrove' }, cookie))
    expect(after.status).toBe(201)
  }, 240_000) // 200 requests through repeated connection kills: ~3 s alone, over a minute when the whole suite shares 2 cores
})

describe('database down', () => {
  it('every route that needs the database answers 503 problem+json with Retry-After, health included; service resumes when it returns', async () => {
    expect((await waitForHealth()).status).toBe(200)
    const doc = await (await app.request('/api/openapi.json')).json()
    const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path: path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000') })),
    )
    const v1 = operations.filter((o) => o.path.startsWith('/api/v1/'))
    expect(v1.length).toBeGreaterThan(20)

    await proxy.takeDown()
    try {
      await expectDatabase503(await app.request('/api/health'), 'GET /api/health')
      const zh = await app.request('/api/health', { headers: { 'accept-language': 'zh' } })
      expect((await zh.json()).title).toBe('服务不可用')
      // Signed in: the session lookup is the first query of every /api/v1 route.
      for (const { method, path } of v1) {
        const init = method === 'GET' || method === 'DELETE' ? { method, headers: { cookie } } : jsonInit(method, {}, cookie)
        await expectDatabase503(await app.request(path, init), `${method} ${path}`)
      }
      // Anonymous routes that read the database answer the same.
      await expectDatabase503(await app.request('/api/v1/registry/sites'), 'GET /api/v1/registry/sites (anonymous)')
      await expectDatabase503(
        await app.request('/api/v1/auth/login', jsonInit('POST', { email: 'owner@demo.test', password: 'demo-password' }, '')),
        'POST /api/v1/auth/login',
      )
    } finally {
      await proxy.restore()
    }

    const health = await waitForHealth()
    expect(health.status).toBe(200)
    expect((await health.json()).database.status).toBe('up')
    const me = await app.request('/api/v1/me', { headers: { cookie } })
    expect(me.status).toBe(200)
    const created = await app.request('/api/v1/projects', jsonInit('POST', { name: 'after the outage', sinkType: 'mangrove' }, cookie))
    expect(created.status).toBe(201)
  })
})

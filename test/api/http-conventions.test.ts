import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, loginCookie, tableCounts, type TestContext } from '../support/test-app.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext({ config: { maxBodyBytes: 64 * 1024 } })
})
afterAll(async () => ctx?.close())

async function expectProblem(res: Response, status: number, code: string) {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  const body = await res.json()
  expect(body).toMatchObject({ status, code })
  expect(typeof body.type).toBe('string')
  expect(typeof body.title).toBe('string')
  expect(typeof body.detail).toBe('string')
  expect(body.requestId).toBe(res.headers.get('x-request-id'))
  return body
}

describe('one error format at the edge', () => {
  it('unknown route → 404 problem naming the route', async () => {
    const body = await expectProblem(await ctx.app.request('/api/v1/does-not-exist'), 404, 'route_not_found')
    expect(body.detail).toBe('No route matches GET /api/v1/does-not-exist.')
  })

  it('malformed JSON → 400 problem with line, column and position; nothing stored', async () => {
    const before = await tableCounts(ctx.sql)
    const res = await ctx.app.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": "owner@demo.test",\n "password": }',
    })
    const body = await expectProblem(res, 400, 'malformed_json')
    // Line 2 is ` "password": }`; the "}" is its 14th character, at offset 29 + 13 = 42.
    expect(body.detail).toContain('line 2, column 14, position 42')
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })

  it('schema violation → 400 with field paths, in Chinese when asked', async () => {
    const res = await ctx.app.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
      body: JSON.stringify({ email: 'not-an-email', password: 42 }),
    })
    const body = await expectProblem(res, 400, 'validation_failed')
    expect(body.title).toBe('输入无效')
    const byPath = Object.fromEntries(body.errors.map((e: { path: string; message: string }) => [e.path, e.message]))
    expect(Object.keys(byPath).sort()).toEqual(['email', 'password'])
    expect(byPath.password).toBe('类型错误：应为字符串，实际为数字')
    expect(byPath.email).toMatch(/格式无效/)
  })

  it('a body sent without a JSON content type is refused, not skipped', async () => {
    const res = await ctx.app.request('/api/v1/auth/login', { method: 'POST', body: JSON.stringify({ email: 'owner@demo.test', password: 'demo-password' }) })
    await expectProblem(res, 415, 'unsupported_media_type')
    expect(res.headers.get('set-cookie')).toBeNull()
  })

  it('oversized body → 413 problem; nothing stored', async () => {
    const cookie = await loginCookie(ctx, 'owner@demo.test')
    const before = await tableCounts(ctx.sql)
    const res = await ctx.app.request('/api/v1/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ name: 'x'.repeat(70 * 1024) }),
    })
    const body = await expectProblem(res, 413, 'payload_too_large')
    expect(body.detail).toContain(String(64 * 1024))
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })

  it('every response carries a request id and security headers', async () => {
    const res = await ctx.app.request('/api/health')
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'")
  })

  it('request log lines are structured JSON with the request id', async () => {
    const res = await ctx.app.request('/api/health')
    const id = res.headers.get('x-request-id')
    const line = ctx.logLines.map((l) => JSON.parse(l)).find((l) => l.requestId === id)
    expect(line).toMatchObject({ level: 'info', msg: 'request', method: 'GET', path: '/api/health', status: 200 })
  })
})

describe('health', () => {
  it('reports the database up with the latest migration version and PostGIS', async () => {
    const res = await ctx.app.request('/api/health')
    expect(res.status).toBe(200)
    const body = await res.json()
    const files = (await import('node:fs')).readdirSync(new URL('../../api/db/migrations/', import.meta.url)).filter((f) => f.endsWith('.sql'))
    expect(body.database).toMatchObject({ status: 'up', migrationVersion: files.length })
    expect(body.database.postgis).toMatch(/^3\./)
  })
})

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 and documents every route with its error responses', async () => {
    const res = await ctx.app.request('/api/openapi.json')
    expect(res.status).toBe(200)
    const doc = await res.json()
    expect(doc.openapi).toBe('3.1.0')
    const operations = Object.entries(doc.paths as Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: { required?: boolean } }>>).flatMap(
      ([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })),
    )
    const names = operations.map((o) => `${o.method.toUpperCase()} ${o.path}`)
    for (const expected of ['POST /api/v1/auth/login', 'POST /api/v1/auth/logout', 'GET /api/v1/me', 'POST /api/v1/tokens', 'GET /api/health', 'GET /api/v1/registry/sites']) {
      expect(names).toContain(expected)
    }
    for (const { path, method, op } of operations) {
      const codes = Object.keys(op.responses)
      if (path !== '/api/health') expect(codes, `${method} ${path} documents a 4xx`).toEqual(expect.arrayContaining(['400', '500']))
      if (op.requestBody) expect(op.requestBody.required, `${method} ${path} body required`).toBe(true)
    }
  })

  it('serves a docs page', async () => {
    const res = await ctx.app.request('/api/docs')
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('/api/openapi.json')
  })
})

describe('migrations', () => {
  it('re-running migrate applies nothing and keeps the version', async () => {
    const { migrate } = await import('../../api/db/migrate.ts')
    const result = await migrate(ctx.sql)
    expect(result.applied).toEqual([])
  })

  it('refuses an applied migration that was edited', async () => {
    const { migrate } = await import('../../api/db/migrate.ts')
    await ctx.sql`UPDATE schema_migrations SET checksum = 'tampered' WHERE version = 1`
    await expect(migrate(ctx.sql)).rejects.toThrow(/was edited/)
    const { createHash } = await import('node:crypto')
    const { readFileSync } = await import('node:fs')
    const original = readFileSync(new URL('../../api/db/migrations/00001_init.sql', import.meta.url), 'utf8')
    await ctx.sql`UPDATE schema_migrations SET checksum = ${createHash('sha256').update(original).digest('hex')} WHERE version = 1`
  })
})

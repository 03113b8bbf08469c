import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, loginCookie, tableCounts, type TestContext } from '../support/test-app.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(async () => ctx?.close())

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
})

describe('login, session and logout', () => {
  it('signs in a demo owner, sets an HttpOnly SameSite session cookie and returns the user', async () => {
    const res = await ctx.app.request('/api/v1/auth/login', json({ email: 'owner@demo.test', password: 'demo-password' }))
    expect(res.status).toBe(200)
    const cookie = res.headers.get('set-cookie')!
    expect(cookie).toMatch(/^bc_session=[\w-]{43};/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    const body = await res.json()
    expect(body.user).toMatchObject({ email: 'owner@demo.test', roles: ['owner'], organisation: { kind: 'developer' } })
    // Only the hash of the cookie token is stored.
    const token = cookie.split(';')[0]!.split('=')[1]!
    const rows = await ctx.sql`SELECT token_hash FROM sessions`
    expect(rows.some((r) => r.token_hash === token)).toBe(false)
    expect(rows.length).toBeGreaterThan(0)
  })

  it('GET /me returns the caller with the session cookie and 401 problem without', async () => {
    const cookie = await loginCookie(ctx, 'bank@demo.test')
    const me = await ctx.app.request('/api/v1/me', { headers: { cookie } })
    expect(me.status).toBe(200)
    expect((await me.json()).user).toMatchObject({ email: 'bank@demo.test', roles: ['bank'] })

    const anon = await ctx.app.request('/api/v1/me')
    expect(anon.status).toBe(401)
    expect(anon.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    const problem = await anon.json()
    expect(problem).toMatchObject({ status: 401, code: 'unauthenticated', title: 'Not signed in' })
    expect(problem.requestId).toBe(anon.headers.get('x-request-id'))
  })

  it('logout deletes the server-side session so the cookie stops working', async () => {
    const cookie = await loginCookie(ctx, 'buyer@demo.test')
    const out = await ctx.app.request('/api/v1/auth/logout', { method: 'POST', headers: { cookie } })
    expect(out.status).toBe(204)
    expect(out.headers.get('set-cookie')).toMatch(/bc_session=;.*Max-Age=0/)
    const me = await ctx.app.request('/api/v1/me', { headers: { cookie } })
    expect(me.status).toBe(401)
  })

  it('an expired session is refused', async () => {
    const cookie = await loginCookie(ctx, 'reviewer@demo.test')
    ctx.clock.advanceSeconds(25 * 3600) // session TTL in tests is 24 h
    const me = await ctx.app.request('/api/v1/me', { headers: { cookie } })
    expect(me.status).toBe(401)
  })

  it('wrong password is a 401 problem in the requested language and creates no session', async () => {
    const before = await tableCounts(ctx.sql)
    const res = await ctx.app.request('/api/v1/auth/login', json({ email: 'admin@demo.test', password: 'nope' }, { 'accept-language': 'zh-CN,zh;q=0.9' }))
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ code: 'invalid_credentials', title: '登录失败', detail: '邮箱或密码不正确。' })
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })

  it('throttles repeated failures per account with 429 and Retry-After, then recovers after the back-off', async () => {
    const email = 'admin@demo.test'
    await ctx.sql`DELETE FROM login_throttle`
    for (let i = 0; i < 5; i++) {
      const r = await ctx.app.request('/api/v1/auth/login', json({ email, password: `wrong-${i}` }))
      expect(r.status).toBe(401)
    }
    // Even the right password is refused while backing off (test/api/login-throttle.test.ts covers the growth).
    const blocked = await ctx.app.request('/api/v1/auth/login', json({ email, password: 'demo-password' }))
    expect(blocked.status).toBe(429)
    const retryAfter = Number(blocked.headers.get('retry-after'))
    expect(retryAfter).toBe(1)
    expect(await blocked.json()).toMatchObject({ code: 'rate_limited', status: 429 })
    ctx.clock.advanceSeconds(retryAfter)
    const again = await ctx.app.request('/api/v1/auth/login', json({ email, password: 'demo-password' }))
    expect(again.status).toBe(200)
  })
})

describe('API tokens', () => {
  it('creates a token shown once, stores only its hash, and authenticates Bearer requests', async () => {
    const cookie = await loginCookie(ctx, 'owner@demo.test')
    const res = await ctx.app.request('/api/v1/tokens', json({ name: 'ci sync', expiresInDays: 30 }, { cookie }))
    expect(res.status).toBe(201)
    const created = await res.json()
    expect(created.token).toMatch(/^bct_[\w-]{43}$/)
    const stored = await ctx.sql`SELECT token_hash, token_prefix FROM api_tokens WHERE id = ${created.id}`
    expect(stored[0]!.token_hash).not.toContain(created.token)
    expect(created.token.startsWith(stored[0]!.token_prefix)).toBe(true)

    const me = await ctx.app.request('/api/v1/me', { headers: { authorization: `Bearer ${created.token}` } })
    expect(me.status).toBe(200)
    expect((await me.json()).user.email).toBe('owner@demo.test')

    // A token may not mint further tokens.
    const minted = await ctx.app.request('/api/v1/tokens', json({ name: 'x' }, { authorization: `Bearer ${created.token}` }))
    expect(minted.status).toBe(403)
  })

  it('a wrong bearer token is 401 even on public routes', async () => {
    const res = await ctx.app.request('/api/v1/registry/sites', { headers: { authorization: 'Bearer bct_nope' } })
    expect(res.status).toBe(401)
  })

  it('creating a token without a session is 401 and stores nothing', async () => {
    const before = await tableCounts(ctx.sql)
    const res = await ctx.app.request('/api/v1/tokens', json({ name: 'x' }))
    expect(res.status).toBe(401)
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })
})

describe('audit chain', () => {
  it('every login and token creation appended a hash-chained audit event', async () => {
    const events = await ctx.sql`SELECT action, prev_hash, hash FROM audit_events ORDER BY id`
    expect(events.map((e) => e.action)).toContain('auth.login')
    expect(events.map((e) => e.action)).toContain('token.create')
    for (let i = 1; i < events.length; i++) expect(events[i]!.prev_hash).toBe(events[i - 1]!.hash)
  })

  it('verifyAuditChain finds the chain intact and names the first tampered event', async () => {
    const { verifyAuditChain } = await import('../../api/db/queries/audit-events.ts')
    const intact = await verifyAuditChain(ctx.sql)
    expect(intact.brokenAt).toBeNull()
    expect(intact.events).toBeGreaterThan(1)
    const [second] = await ctx.sql<{ id: string; payload: unknown }[]>`SELECT id::text, payload FROM audit_events ORDER BY id OFFSET 1 LIMIT 1`
    await ctx.sql`UPDATE audit_events SET payload = '{"forged": true}'::jsonb WHERE id = ${second!.id}`
    expect((await verifyAuditChain(ctx.sql)).brokenAt).toBe(second!.id)
    await ctx.sql`UPDATE audit_events SET payload = ${ctx.sql.json(second!.payload as never)} WHERE id = ${second!.id}`
    expect((await verifyAuditChain(ctx.sql)).brokenAt).toBeNull()
  })
})

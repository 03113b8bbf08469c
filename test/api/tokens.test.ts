import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../api/app.ts'
import { createLogger } from '../../api/logger.ts'
import { createTestContext, loginCookie, sendingOrigin, tableCounts, type TestContext } from '../support/test-app.ts'

let ctx: TestContext
let owner: string
let buyer: string
beforeAll(async () => {
  ctx = await createTestContext()
  owner = await loginCookie(ctx, 'owner@demo.test')
  buyer = await loginCookie(ctx, 'buyer@demo.test')
})
afterAll(async () => ctx?.close())

const DAY_MS = 86_400_000

type Created = { id: string; token: string; tokenPrefix: string; createdAt: string; expiresAt: string }

async function createToken(cookie: string, body: Record<string, unknown>, app = ctx.app): Promise<Created> {
  const res = await app.request('/api/v1/tokens', { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) })
  expect(res.status).toBe(201)
  return res.json()
}

const listTokens = async (headers: Record<string, string>) => ctx.app.request('/api/v1/tokens', { headers })
const revoke = async (id: string, headers: Record<string, string>) => ctx.app.request(`/api/v1/tokens/${id}`, { method: 'DELETE', headers })
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
const meStatus = async (token: string, app = ctx.app) => (await app.request('/api/v1/me', { headers: bearer(token) })).status
const revokeEvents = async (id: string) => (await ctx.sql`SELECT 1 FROM audit_events WHERE action = 'token.revoke' AND subject_id = ${id}`).length

/** Everything about a problem except its request id: what a caller could compare. */
async function problemShape(res: Response) {
  const { requestId: _requestId, ...rest } = await res.json()
  return { status: res.status, contentType: res.headers.get('content-type'), ...rest }
}

describe('GET /api/v1/tokens', () => {
  it("lists only the caller's tokens, newest first, with dates and never the secret or its hash", async () => {
    const first = await createToken(owner, { name: 'first' })
    ctx.clock.advanceSeconds(1)
    const second = await createToken(owner, { name: 'second', expiresInDays: 7 })
    const foreign = await createToken(buyer, { name: 'buyer token' })

    const res = await listTokens({ cookie: owner })
    expect(res.status).toBe(200)
    const { items } = await res.json()
    const listed: string[] = items.map((t: { id: string }) => t.id)
    // Exactly the owner's tokens (the embedded suite's files share one schema, so there may be more than these two).
    const ownersTokens = await ctx.sql<{ id: string }[]>`
      SELECT t.id FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = 'owner@demo.test'`
    expect([...listed].sort()).toEqual(ownersTokens.map((r) => r.id).sort())
    expect(listed).not.toContain(foreign.id)
    expect(listed.filter((id) => id === first.id || id === second.id)).toEqual([second.id, first.id])
    const shown = items.find((t: { id: string }) => t.id === second.id)
    expect(Object.keys(shown).sort()).toEqual(['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'name', 'revokedAt', 'tokenPrefix'])
    expect(shown).toMatchObject({ name: 'second', tokenPrefix: second.tokenPrefix, createdAt: second.createdAt, lastUsedAt: null, revokedAt: null })
    const text = JSON.stringify(items)
    const [hash] = await ctx.sql<{ token_hash: string }[]>`SELECT token_hash FROM api_tokens WHERE id = ${second.id}`
    expect(text).not.toContain(second.token)
    expect(text).not.toContain(hash!.token_hash)
  })

  it('shows when a token was last used', async () => {
    const created = await createToken(owner, { name: 'used' })
    expect(await meStatus(created.token)).toBe(200)
    const { items } = await (await listTokens({ cookie: owner })).json()
    expect(items.find((t: { id: string }) => t.id === created.id).lastUsedAt).toBe(ctx.clock.now.toISOString())
  })

  it('a token may list its own user\'s tokens; anonymous callers get 401', async () => {
    const created = await createToken(owner, { name: 'lister' })
    const res = await listTokens(bearer(created.token))
    expect(res.status).toBe(200)
    expect((await res.json()).items.map((t: { id: string }) => t.id)).toContain(created.id)
    expect((await listTokens({})).status).toBe(401)
  })
})

describe('token expiry', () => {
  it('a token created without expiresInDays expires after the configured default (90 days)', async () => {
    const created = await createToken(owner, { name: 'default expiry' })
    expect(Date.parse(created.expiresAt) - Date.parse(created.createdAt)).toBe(90 * DAY_MS)
    const [row] = await ctx.sql<{ expires_at: Date }[]>`SELECT expires_at FROM api_tokens WHERE id = ${created.id}`
    expect(row!.expires_at.toISOString()).toBe(created.expiresAt)
  })

  it('TOKEN_TTL_DAYS (config tokenTtlDays) sets that default; an explicit expiresInDays still wins', async () => {
    const app = sendingOrigin(createApp({ sql: ctx.sql, now: () => ctx.clock.now, logger: createLogger('silent'), config: { ...ctx.config, tokenTtlDays: 3 } }))
    const cookie = await loginCookie({ ...ctx, app }, 'owner@demo.test')
    const byDefault = await createToken(cookie, { name: 'short' }, app)
    expect(Date.parse(byDefault.expiresAt) - Date.parse(byDefault.createdAt)).toBe(3 * DAY_MS)
    const chosen = await createToken(cookie, { name: 'chosen', expiresInDays: 10 }, app)
    expect(Date.parse(chosen.expiresAt) - Date.parse(chosen.createdAt)).toBe(10 * DAY_MS)
  })

  it('an expired token is refused with 401 from its expiry instant on, and still listed', async () => {
    const created = await createToken(owner, { name: 'expiring', expiresInDays: 1 })
    let now = new Date(Date.parse(created.expiresAt) - 1000)
    const app = sendingOrigin(createApp({ sql: ctx.sql, now: () => now, logger: createLogger('silent'), config: ctx.config }))
    expect(await meStatus(created.token, app)).toBe(200)
    now = new Date(created.expiresAt)
    expect(await meStatus(created.token, app)).toBe(401)
    const res = await app.request('/api/v1/me', { headers: bearer(created.token) })
    expect(await res.json()).toMatchObject({ code: 'unauthenticated' })
    const { items } = await (await listTokens({ cookie: owner })).json()
    expect(items.find((t: { id: string }) => t.id === created.id)).toMatchObject({ expiresAt: created.expiresAt, revokedAt: null })
  })
})

describe('DELETE /api/v1/tokens/{id}', () => {
  it('revokes: 204, the token stops working (401), a repeat is 404; one audit event', async () => {
    const created = await createToken(owner, { name: 'to revoke' })
    expect(await meStatus(created.token)).toBe(200)
    const res = await revoke(created.id, { cookie: owner })
    expect(res.status).toBe(204)
    expect(await meStatus(created.token)).toBe(401)
    const again = await revoke(created.id, { cookie: owner })
    expect(again.status).toBe(404)
    expect(await again.json()).toMatchObject({ code: 'not_found' })
    expect(await revokeEvents(created.id)).toBe(1)
    const { items } = await (await listTokens({ cookie: owner })).json()
    expect(items.find((t: { id: string }) => t.id === created.id).revokedAt).toBe(ctx.clock.now.toISOString())
  })

  it("another user's token is 404 exactly like a missing one, and keeps working", async () => {
    const foreign = await createToken(buyer, { name: 'not yours' })
    const before = await tableCounts(ctx.sql)
    const hidden = await revoke(foreign.id, { cookie: owner })
    const missing = await revoke('00000000-0000-4000-8000-000000000000', { cookie: owner })
    expect(hidden.status).toBe(404)
    expect(await problemShape(hidden)).toEqual(await problemShape(missing))
    expect(await meStatus(foreign.token)).toBe(200)
    expect(await tableCounts(ctx.sql)).toEqual(before)
    expect(await revokeEvents(foreign.id)).toBe(0)
  })

  it('a token may revoke itself; a malformed id is 400; anonymous is 401', async () => {
    const created = await createToken(owner, { name: 'self' })
    expect((await revoke(created.id, bearer(created.token))).status).toBe(204)
    expect(await meStatus(created.token)).toBe(401)
    expect((await revoke('not-a-uuid', { cookie: owner })).status).toBe(400)
    const other = await createToken(owner, { name: 'anon target' })
    expect((await revoke(other.id, {})).status).toBe(401)
    expect(await meStatus(other.token)).toBe(200)
  })

  it('50 concurrent revocations of one token: exactly one 204, the rest 404, one audit event', async () => {
    const created = await createToken(owner, { name: 'raced' })
    const statuses = await Promise.all(Array.from({ length: 50 }, () => revoke(created.id, { cookie: owner }).then((r: Response) => r.status)))
    expect(statuses.filter((s) => s === 204)).toHaveLength(1)
    expect(statuses.filter((s) => s === 404)).toHaveLength(49)
    expect(await revokeEvents(created.id)).toBe(1)
    const { verifyAuditChain } = await import('../../api/db/queries/audit-events.ts')
    expect((await verifyAuditChain(ctx.sql)).brokenAt).toBeNull()
  })
})

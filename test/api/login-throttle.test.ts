import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../../api/app.ts'
import { createLogger } from '../../api/logger.ts'
import { createTestContext, type TestContext } from '../support/test-app.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
// On PGlite every test file shares one backend, whose search_path ignores the
// per-file schema: leave no counts behind for the next file's sign-ins.
afterAll(async () => {
  if (!ctx) return
  await ctx.sql`DELETE FROM login_throttle`
  await ctx.close()
})
beforeEach(async () => {
  await ctx.sql`DELETE FROM login_throttle`
})

const N = 50

type App = Pick<TestContext['app'], 'request'>

/** A sign-in over a connection from `peer` (the socket address @hono/node-server would give). */
const login = (email: string, password: string, peer: string, options: { app?: App; forwardedFor?: string } = {}) =>
  (options.app ?? ctx.app).request(
    '/api/v1/auth/login',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {}) },
      body: JSON.stringify({ email, password }),
    },
    { incoming: { socket: { remoteAddress: peer } } },
  )

async function failures(bucket: string): Promise<number | undefined> {
  const [row] = await ctx.sql<{ failures: number }[]>`SELECT failures FROM login_throttle WHERE bucket = ${bucket}`
  return row?.failures
}

const count = (responses: Response[], status: number) => responses.filter((r) => r.status === status).length

describe(`${N} concurrent wrong passwords`, () => {
  it('on one account get exactly the 5 free attempts, then exactly one per back-off step', async () => {
    const email = 'reviewer@demo.test'
    const burst = () => Promise.all(Array.from({ length: N }, (_, i) => login(email, `wrong-${i}`, '198.51.100.10')))

    const first = await burst()
    expect(count(first, 401)).toBe(5)
    expect(count(first, 429)).toBe(N - 5)
    expect(await failures(`account:${email}`)).toBe(5)
    expect(await failures('address:198.51.100.10')).toBe(5)
    const refused = first.find((r) => r.status === 429)!
    expect(refused.headers.get('retry-after')).toBe('1')
    expect(await refused.json()).toMatchObject({ code: 'rate_limited', status: 429 })

    ctx.clock.advanceSeconds(1)
    const second = await burst()
    expect(count(second, 401)).toBe(1)
    expect(count(second, 429)).toBe(N - 1)
    expect(await failures(`account:${email}`)).toBe(6)
    expect(second.find((r) => r.status === 429)!.headers.get('retry-after')).toBe('2')
  })

  it('from one address against many accounts get exactly the 20 free attempts; refused attempts count nowhere', async () => {
    const responses = await Promise.all(Array.from({ length: N }, (_, i) => login(`nobody-${i}@race.test`, 'wrong', '198.51.100.20')))
    expect(count(responses, 401)).toBe(20)
    expect(count(responses, 429)).toBe(N - 20)
    expect(await failures('address:198.51.100.20')).toBe(20)
    const [accounts] = await ctx.sql<{ n: string }[]>`SELECT count(*)::text AS n FROM login_throttle WHERE bucket LIKE 'account:nobody-%'`
    expect(accounts!.n).toBe('20')
  })
})

describe('back-off instead of lock-out', () => {
  it('doubles the wait after each further failure (1, 2, 4 … s), capped at 5 minutes', async () => {
    const email = 'bank@demo.test'
    for (let i = 0; i < 5; i++) expect((await login(email, 'wrong', '198.51.100.30')).status).toBe(401)
    const waits: number[] = []
    for (let i = 0; i < 11; i++) {
      const early = await login(email, 'wrong', '198.51.100.30')
      expect(early.status).toBe(429)
      const wait = Number(early.headers.get('retry-after'))
      waits.push(wait)
      // One second short of the wait is still refused; at the wait the attempt is taken (and fails).
      if (wait > 1) {
        ctx.clock.advanceSeconds(wait - 1)
        expect((await login(email, 'wrong', '198.51.100.30')).status).toBe(429)
        ctx.clock.advanceSeconds(1)
      } else ctx.clock.advanceSeconds(wait)
      expect((await login(email, 'wrong', '198.51.100.30')).status).toBe(401)
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300])
  })

  it('a correct password is refused like a wrong one while the account backs off, even from a fresh address (no oracle), and works after Retry-After', async () => {
    const email = 'buyer@demo.test'
    // A stranger's five wrong passwords from their address…
    for (let i = 0; i < 5; i++) expect((await login(email, 'wrong', '203.0.113.66')).status).toBe(401)
    // …hold the owner for one second, not 15 minutes, and the answer gives nothing away.
    const right = await login(email, 'demo-password', '198.51.100.40')
    const wrong = await login(email, 'also-wrong', '198.51.100.41')
    expect([right.status, wrong.status]).toEqual([429, 429])
    expect(right.headers.get('retry-after')).toBe('1')
    expect(await right.json()).toMatchObject({ code: 'rate_limited' })
    expect(await failures('address:198.51.100.40')).toBeUndefined()

    ctx.clock.advanceSeconds(1)
    const ok = await login(email, 'demo-password', '198.51.100.40')
    expect(ok.status).toBe(200)
    // The owner's sign-in clears the account and costs the address nothing; the stranger's address keeps its count.
    expect(await failures(`account:${email}`)).toBeUndefined()
    expect(await failures('address:198.51.100.40')).toBe(0)
    expect(await failures('address:203.0.113.66')).toBe(5)
  })

  it('a correct password from an address that backs off is refused too', async () => {
    for (let i = 0; i < 20; i++) expect((await login(`spray-${i}@race.test`, 'wrong', '198.51.100.50')).status).toBe(401)
    expect((await login('owner@demo.test', 'demo-password', '198.51.100.50')).status).toBe(429)
    expect((await login('owner@demo.test', 'demo-password', '198.51.100.51')).status).toBe(200)
  })

  it('failures an hour old are forgotten', async () => {
    const email = 'admin@demo.test'
    for (let i = 0; i < 5; i++) expect((await login(email, 'wrong', '198.51.100.60')).status).toBe(401)
    ctx.clock.advanceSeconds(3600)
    expect((await login(email, 'wrong', '198.51.100.60')).status).toBe(401)
    expect(await failures(`account:${email}`)).toBe(1)
  })
})

describe('client address behind a proxy', () => {
  const proxied = () =>
    createApp({ sql: ctx.sql, now: () => ctx.clock.now, logger: createLogger('silent', () => {}), config: { ...ctx.config, trustProxy: ['10.0.0.0/8'] } })

  it('X-Forwarded-For is ignored unless TRUST_PROXY names the connecting proxy', async () => {
    const forwardedFor = '1.1.1.1, 198.51.100.70'
    expect((await login('nobody@race.test', 'wrong', '10.0.0.2', { forwardedFor })).status).toBe(401)
    expect(await failures('address:10.0.0.2')).toBe(1)
    expect(await failures('address:198.51.100.70')).toBeUndefined()

    const app = proxied()
    expect((await login('nobody@race.test', 'wrong', '10.0.0.2', { app, forwardedFor })).status).toBe(401)
    // The address the trusted proxy saw, not the one the client wrote (1.1.1.1), nor the proxy's.
    expect(await failures('address:198.51.100.70')).toBe(1)
    expect(await failures('address:1.1.1.1')).toBeUndefined()
    expect(await failures('address:10.0.0.2')).toBe(1)

    // A client that connects directly cannot choose its address with the header.
    expect((await login('nobody@race.test', 'wrong', '203.0.113.5', { app, forwardedFor })).status).toBe(401)
    expect(await failures('address:203.0.113.5')).toBe(1)
    expect(await failures('address:198.51.100.70')).toBe(1)
  })

  it('the session records the forwarded client address', async () => {
    const res = await login('owner@demo.test', 'demo-password', '10.0.0.2', { app: proxied(), forwardedFor: '198.51.100.71' })
    expect(res.status).toBe(200)
    const [row] = await ctx.sql<{ ip: string }[]>`SELECT ip FROM sessions ORDER BY created_at DESC LIMIT 1`
    expect(row!.ip).toBe('198.51.100.71')
  })
})

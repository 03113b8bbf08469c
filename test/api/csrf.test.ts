import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../api/app.ts'
import { createLogger } from '../../api/logger.ts'
import { box, createProject, polygon } from '../fixtures/import/sites.ts'
import { createTestContext, loginCookie, TEST_ORIGIN, tableCounts, type TestContext } from '../support/test-app.ts'

let ctx: TestContext
let owner: string
let projectId: string
beforeAll(async () => {
  ctx = await createTestContext()
  owner = await loginCookie(ctx, 'owner@demo.test')
  projectId = await createProject(ctx, owner, 'CSRF target')
})
afterAll(async () => ctx?.close())

const EVIL = 'https://evil.example'

/**
 * Sends exactly the headers given: app.fetch bypasses the test client's
 * automatic same-origin `Origin`, so these requests look like a form posted
 * from another site, or like a non-browser client.
 */
function send(path: string, init: { method: string; headers?: Record<string, string>; body?: BodyInit }, app = ctx.app, base = TEST_ORIGIN) {
  return app.fetch(new Request(new URL(path, base), init))
}

const postJson = (path: string, body: unknown, headers: Record<string, string>) =>
  send(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

async function expectRefused(res: Response, language: 'en' | 'zh' = 'en') {
  expect(res.status).toBe(403)
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  const body = await res.json()
  expect(body).toMatchObject({ status: 403, code: 'cross_origin_request', title: language === 'zh' ? '拒绝跨站请求' : 'Cross-origin request refused' })
  return body
}

describe('cookie-authenticated unsafe requests must prove they come from our own pages', () => {
  it('a cookie POST with another Origin, no Origin at all, or Origin "null" is 403 and stores nothing', async () => {
    const before = await tableCounts(ctx.sql)
    const evil = await expectRefused(await postJson('/api/v1/tokens', { name: 'forged' }, { cookie: owner, origin: EVIL }))
    expect(evil.detail).toContain(EVIL)
    await expectRefused(await postJson('/api/v1/tokens', { name: 'forged' }, { cookie: owner }))
    await expectRefused(await postJson('/api/v1/tokens', { name: 'forged' }, { cookie: owner, origin: 'null' }))
    await expectRefused(await postJson('/api/v1/tokens', { name: 'forged' }, { cookie: owner, origin: EVIL, 'accept-language': 'zh-CN' }), 'zh')
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })

  it('the same POST from our origin (as the web client sends it) succeeds', async () => {
    expect((await postJson('/api/v1/tokens', { name: 'same origin' }, { cookie: owner, origin: TEST_ORIGIN })).status).toBe(201)
  })

  it('without Origin, Sec-Fetch-Site: same-origin or a same-origin Referer is proof enough; cross-site ones are not', async () => {
    expect((await postJson('/api/v1/tokens', { name: 'fetch metadata' }, { cookie: owner, 'sec-fetch-site': 'same-origin' })).status).toBe(201)
    expect((await postJson('/api/v1/tokens', { name: 'referer' }, { cookie: owner, referer: `${TEST_ORIGIN}/?project=1` })).status).toBe(201)
    const before = await tableCounts(ctx.sql)
    await expectRefused(await postJson('/api/v1/tokens', { name: 'x' }, { cookie: owner, 'sec-fetch-site': 'cross-site' }))
    await expectRefused(await postJson('/api/v1/tokens', { name: 'x' }, { cookie: owner, 'sec-fetch-site': 'same-site' }))
    await expectRefused(await postJson('/api/v1/tokens', { name: 'x' }, { cookie: owner, referer: `${EVIL}/page` }))
    await expectRefused(await postJson('/api/v1/tokens', { name: 'x' }, { cookie: owner, referer: 'not a url' }))
    // An Origin that is present decides, whatever the Referer says.
    await expectRefused(await postJson('/api/v1/tokens', { name: 'x' }, { cookie: owner, origin: EVIL, referer: `${TEST_ORIGIN}/` }))
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })

  it('a different port or scheme of the same host is another origin', async () => {
    await expectRefused(await postJson('/api/v1/tokens', { name: 'x' }, { cookie: owner, origin: 'http://localhost:5173' }))
    await expectRefused(await postJson('/api/v1/tokens', { name: 'x' }, { cookie: owner, origin: 'https://localhost' }))
  })

  it('our origin is the one the request was addressed to (its Host)', async () => {
    const headers = { 'content-type': 'application/json', cookie: owner }
    const init = (origin: string) => ({ method: 'POST', headers: { ...headers, origin }, body: JSON.stringify({ name: 'by host' }) })
    expect((await send('/api/v1/tokens', init('http://carbon.example:8443'), ctx.app, 'http://carbon.example:8443')).status).toBe(201)
    await expectRefused(await send('/api/v1/tokens', init(TEST_ORIGIN), ctx.app, 'http://carbon.example:8443'))
  })

  it('forged logout, delete, update, submit and file import are refused and change nothing', async () => {
    const before = await tableCounts(ctx.sql)
    const form = new FormData()
    form.append('file', new File([JSON.stringify(polygon(box(113.5, 22.2, 0.01, 0.01)))], 'a.geojson'))
    const forged = { cookie: owner, origin: EVIL }
    await expectRefused(await send('/api/v1/auth/logout', { method: 'POST', headers: forged }))
    await expectRefused(await send(`/api/v1/projects/${projectId}`, { method: 'DELETE', headers: forged }))
    await expectRefused(await send(`/api/v1/projects/${projectId}`, { method: 'PATCH', headers: { ...forged, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'hijacked' }) }))
    await expectRefused(await send(`/api/v1/projects/${projectId}/submit`, { method: 'POST', headers: forged }))
    await expectRefused(await send(`/api/v1/projects/${projectId}/sites/import`, { method: 'POST', headers: { cookie: owner }, body: form }))
    expect(await tableCounts(ctx.sql)).toEqual(before)
    // The session survived the forged logout and the project its forged edits.
    const project = await send(`/api/v1/projects/${projectId}`, { method: 'GET', headers: { cookie: owner, origin: EVIL } })
    expect(project.status).toBe(200)
    expect((await project.json()).name).toBe('CSRF target')
  })

  it('every unsafe operation documents the 403 it can answer', async () => {
    const doc = await (await ctx.app.request('/api/openapi.json')).json()
    const undocumented = Object.entries(doc.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([method, op]) => method !== 'get' && !('403' in op.responses))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    )
    expect(undocumented).toEqual([])
  })

  it('safe methods are not checked: a cookie GET from another origin reads normally', async () => {
    expect((await send('/api/v1/me', { method: 'GET', headers: { cookie: owner, origin: EVIL } })).status).toBe(200)
  })
})

describe('bearer tokens carry no ambient credential and are exempt', () => {
  it('a token POST without Origin, or with another one, is served', async () => {
    const created = await (await postJson('/api/v1/tokens', { name: 'machine' }, { cookie: owner, origin: TEST_ORIGIN })).json()
    const auth = { authorization: `Bearer ${created.token}` }
    expect((await postJson('/api/v1/projects', { name: 'by token', sinkType: 'mangrove' }, auth)).status).toBe(201)
    expect((await postJson('/api/v1/projects', { name: 'by token 2', sinkType: 'mangrove' }, { ...auth, origin: EVIL })).status).toBe(201)
  })
})

describe('login CSRF', () => {
  const credentials = { email: 'owner@demo.test', password: 'demo-password' }

  it('a login posted from another origin is refused before the password is checked; no session, no audit', async () => {
    const before = await tableCounts(ctx.sql)
    const res = await postJson('/api/v1/auth/login', credentials, { origin: EVIL })
    await expectRefused(res)
    expect(res.headers.get('set-cookie')).toBeNull()
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })

  it('from our origin, or from a client that sends no Origin (curl, scripts), login works', async () => {
    expect((await postJson('/api/v1/auth/login', credentials, { origin: TEST_ORIGIN })).status).toBe(200)
    expect((await postJson('/api/v1/auth/login', credentials, {})).status).toBe(200)
  })
})

describe('behind an https proxy (COOKIE_SECURE)', () => {
  it("accepts the https twin of the request's origin, since TLS ends at the proxy, and still refuses others", async () => {
    const app = createApp({ sql: ctx.sql, now: () => ctx.clock.now, logger: createLogger('silent'), config: { ...ctx.config, cookieSecure: true } })
    const init = (origin: string) => ({ method: 'POST', headers: { 'content-type': 'application/json', cookie: owner, origin }, body: JSON.stringify({ name: 'proxied' }) })
    expect((await send('/api/v1/tokens', init('https://localhost'), app)).status).toBe(201)
    expect((await send('/api/v1/tokens', init(TEST_ORIGIN), app)).status).toBe(201)
    await expectRefused(await send('/api/v1/tokens', init(EVIL), app))
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createProject } from '../fixtures/import/sites.ts'
import { createTestContext, loginCookie, seededSiteIds, type TestContext } from '../support/test-app.ts'

let ctx: TestContext
let owner: string
let token: string
let siteId: string
beforeAll(async () => {
  ctx = await createTestContext()
  owner = await loginCookie(ctx, 'owner@demo.test')
  const res = await ctx.app.request('/api/v1/tokens', { method: 'POST', headers: { 'content-type': 'application/json', cookie: owner }, body: JSON.stringify({ name: 'cache' }) })
  token = (await res.json()).token
  siteId = (await seededSiteIds(ctx.sql))['gaoqiao-inlet-head']!
})
afterAll(async () => ctx?.close())

const cacheControl = (res: Response) => res.headers.get('cache-control')
const json = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

describe('Cache-Control: no-store on personal responses', () => {
  it('every signed-in read answers no-store, by cookie and by token, success or problem', async () => {
    const paths = ['/api/v1/me', '/api/v1/projects', `/api/v1/sites/${siteId}`, `/api/v1/estimates?siteId=${siteId}`, '/api/v1/tokens', '/api/v1/registry/sites', '/api/v1/methodologies']
    for (const path of paths) {
      for (const headers of [{ cookie: owner }, { authorization: `Bearer ${token}` }] as Record<string, string>[]) {
        const res = await ctx.app.request(path, { headers })
        expect(res.status, `${path} ${Object.keys(headers)[0]}`).toBe(200)
        expect(cacheControl(res), `${path} ${Object.keys(headers)[0]}`).toBe('no-store')
      }
    }
    const missing = await ctx.app.request('/api/v1/sites/00000000-0000-4000-8000-000000000000', { headers: { cookie: owner } })
    expect(missing.status).toBe(404)
    expect(cacheControl(missing)).toBe('no-store')
  })

  it('writes answer no-store', async () => {
    const res = await ctx.app.request('/api/v1/projects', json({ name: 'cache test', sinkType: 'mangrove' }, { cookie: owner }))
    expect(res.status).toBe(201)
    expect(cacheControl(res)).toBe('no-store')
    const id = await createProject(ctx, owner, 'to delete')
    const deleted = await ctx.app.request(`/api/v1/projects/${id}`, { method: 'DELETE', headers: { cookie: owner } })
    expect(deleted.status).toBe(204)
    expect(cacheControl(deleted)).toBe('no-store')
  })

  it('sign-in, failed sign-in, sign-out, an anonymous /me and a rejected token answer no-store', async () => {
    const login = await ctx.app.request('/api/v1/auth/login', json({ email: 'bank@demo.test', password: 'demo-password' }))
    expect(login.status).toBe(200)
    expect(cacheControl(login)).toBe('no-store')
    const failed = await ctx.app.request('/api/v1/auth/login', json({ email: 'bank@demo.test', password: 'wrong-password' }))
    expect(failed.status).toBe(401)
    expect(cacheControl(failed)).toBe('no-store')
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!
    const logout = await ctx.app.request('/api/v1/auth/logout', { method: 'POST', headers: { cookie } })
    expect(logout.status).toBe(204)
    expect(cacheControl(logout)).toBe('no-store')
    const anonymousMe = await ctx.app.request('/api/v1/me')
    expect(anonymousMe.status).toBe(401)
    expect(cacheControl(anonymousMe)).toBe('no-store')
    const badToken = await ctx.app.request('/api/v1/registry/sites', { headers: { authorization: 'Bearer bct_nope' } })
    expect(badToken.status).toBe(401)
    expect(cacheControl(badToken)).toBe('no-store')
  })

  it('a route that already says no-store keeps its own wording (reports: private, no-store)', async () => {
    const res = await ctx.app.request(`/api/v1/sites/${siteId}/report.html`, { headers: { cookie: owner } })
    expect(res.status).toBe(200)
    expect(cacheControl(res)).toBe('private, no-store')
  })

  it('anonymous public reads are left cacheable: the header is about personal data, not a blanket', async () => {
    const res = await ctx.app.request('/api/v1/registry/sites')
    expect(res.status).toBe(200)
    expect(cacheControl(res)).toBeNull()
  })
})

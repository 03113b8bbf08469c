import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../support/test-app.ts'

// A built web app in miniature: the shell, one hashed asset, one public file.
const INDEX = '<!doctype html><title>app shell</title><div id="app"></div>'
const dist = mkdtempSync(join(tmpdir(), 'bc-web-dist-'))
mkdirSync(join(dist, 'assets'))
writeFileSync(join(dist, 'index.html'), INDEX)
writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)')
writeFileSync(join(dist, 'land.geojson'), '{"type":"FeatureCollection","features":[]}')

const PAGE = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' }

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext({ demo: false, config: { webDistDir: dist } })
})
afterAll(async () => {
  await ctx?.close()
  rmSync(dist, { recursive: true, force: true })
})

describe('the server answers page URLs with the web app', () => {
  it.each(['/', '/methodologies', '/methodologies/mangrove-afforestation', '/projects/', '/no/such/page', '/methodologies/v1.2'])('GET %s from a browser → index.html', async (path) => {
    const res = await ctx.app.request(path, { headers: PAGE })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await res.text()).toBe(INDEX)
  })

  it('serves files as themselves, hashed assets cached for good', async () => {
    const asset = await ctx.app.request('/assets/index-abc123.js', { headers: PAGE })
    expect(asset.status).toBe(200)
    expect(await asset.text()).toBe('console.log(1)')
    expect(asset.headers.get('cache-control')).toContain('immutable')
    const data = await ctx.app.request('/land.geojson')
    expect(data.headers.get('content-type')).toBe('application/geo+json')
    expect(data.headers.get('cache-control')).toBe('no-cache')
    // The shell is revalidated, or a new build would never reach a returning browser.
    expect((await ctx.app.request('/methodologies', { headers: PAGE })).headers.get('cache-control')).toBe('no-cache')
  })

  it('keeps a missing file a 404 for scripts and fetches (no HTML where code is expected)', async () => {
    for (const path of ['/assets/index-gone.js', '/methodologies']) {
      const res = await ctx.app.request(path, { headers: { accept: '*/*' } })
      expect(res.status, path).toBe(404)
      expect(res.headers.get('content-type'), path).toMatch(/^application\/problem\+json/)
    }
  })

  it('never answers an API path with the app, even when HTML is accepted', async () => {
    for (const path of ['/api/v1/no-such-thing', '/api/nope', '/api']) {
      const res = await ctx.app.request(path, { headers: PAGE })
      expect(res.status, path).toBe(404)
      expect(res.headers.get('content-type'), path).toMatch(/^application\/problem\+json/)
      expect((await res.json()).code).toBe('route_not_found')
    }
  })

  it('answers only GET with the app', async () => {
    const res = await ctx.app.request('/methodologies', { method: 'POST', headers: PAGE })
    expect(res.status).toBe(404)
  })
})

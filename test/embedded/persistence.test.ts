import { afterAll, describe, expect, it } from 'vitest'
import { startPlatform } from '../../api/boot.ts'
import { parseEnv } from '../../api/env.ts'
import { createLogger } from '../../api/logger.ts'
import { freshPgliteDataDir } from '../support/pglite-template.ts'

let cleanup: (() => Promise<void>) | undefined
afterAll(async () => cleanup?.())

describe('embedded database', () => {
  it('keeps data across a stop and restart of the server in the same DATA_DIR, and seeds only once', async () => {
    const data = await freshPgliteDataDir()
    cleanup = data.remove
    const env = parseEnv({ PORT: '0', DATA_DIR: data.dir, LOG_LEVEL: 'silent' })
    const logger = createLogger('silent')

    const first = await startPlatform(env, logger, { webDistDir: null })
    expect(first.demo).toBe(true)
    const login = await fetch(`${first.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@demo.test', password: 'demo-password' }),
    })
    expect(login.status).toBe(200)
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!
    const created = await fetch(`${first.url}/api/v1/tokens`, {
      method: 'POST',
      // Node's fetch sends no Origin; the browser would, and the CSRF guard wants it with a cookie.
      headers: { 'content-type': 'application/json', cookie, origin: first.url },
      body: JSON.stringify({ name: 'survives restart' }),
    })
    const { token } = await created.json()
    const sitesBefore = (await (await fetch(`${first.url}/api/v1/registry/sites`)).json()).features.length
    await first.stop()

    const second = await startPlatform(env, logger, { webDistDir: null })
    try {
      const me = await fetch(`${second.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })
      expect(me.status).toBe(200)
      expect((await me.json()).user.email).toBe('owner@demo.test')
      // The session cookie from before the restart still works: sessions live in the database.
      expect((await fetch(`${second.url}/api/v1/me`, { headers: { cookie } })).status).toBe(200)
      // Seeding again on restart added nothing.
      const sitesAfter = (await (await fetch(`${second.url}/api/v1/registry/sites`)).json()).features.length
      expect(sitesAfter).toBe(sitesBefore)
      const health = await (await fetch(`${second.url}/api/health`)).json()
      expect(health.database).toMatchObject({ status: 'up', mode: 'embedded' })
    } finally {
      await second.stop()
    }
  })
})

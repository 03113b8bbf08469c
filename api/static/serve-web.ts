import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { AppEnv } from '../app-env.ts'

const EXTRA_TYPES: Record<string, string> = {
  '.geojson': 'application/geo+json',
  '.pbf': 'application/x-protobuf',
  '.webmanifest': 'application/manifest+json',
}

/**
 * Serves the built web app (Vite output) from `dir`, with index.html for
 * client-side routes. API paths never fall through to it.
 */
export function mountWeb(app: OpenAPIHono<AppEnv>, dir: string): void {
  const setType = (path: string, c: Context<AppEnv>) => {
    const ext = Object.keys(EXTRA_TYPES).find((e) => path.endsWith(e))
    if (ext) c.header('Content-Type', EXTRA_TYPES[ext])
    // Hashed Vite assets never change; everything else is revalidated.
    c.header('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache')
  }
  app.use('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api') return next()
    return serveStatic<AppEnv>({ root: dir, onFound: setType })(c, next)
  })
  const index = join(dir, 'index.html')
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api' || !existsSync(index)) return next()
    // Only page navigations get the SPA shell; a missing asset stays a 404.
    if (/\.[a-z0-9]+$/i.test(c.req.path)) return next()
    return serveStatic<AppEnv>({ path: index, onFound: setType })(c, next)
  })
}

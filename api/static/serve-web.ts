import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../app-env.ts'

const EXTRA_TYPES: Record<string, string> = {
  '.geojson': 'application/geo+json',
  '.pbf': 'application/x-protobuf',
  '.webmanifest': 'application/manifest+json',
}

/** Whether a request takes an HTML page: browsers navigating send `text/html` first. */
function acceptsHtml(accept: string | undefined): boolean {
  return accept !== undefined && /(^|,)\s*(text\/html|application\/xhtml\+xml)\s*(;|,|$)/i.test(accept)
}

/**
 * Serves the built web app (Vite output) from `dir`, with index.html for
 * every page URL (the web router owns them). API paths never fall through to it.
 */
export function mountWeb(app: OpenAPIHono<AppEnv>, dir: string): void {
  // @hono/node-server calls `onFound` after it has built the response, so headers set there are
  // lost; they go onto the response it returns instead.
  const withHeaders = (path: string, response: Response | void): Response | void => {
    if (!(response instanceof Response)) return response
    const ext = Object.keys(EXTRA_TYPES).find((e) => path.endsWith(e))
    if (ext) response.headers.set('Content-Type', EXTRA_TYPES[ext]!)
    // Hashed Vite assets never change; everything else is revalidated.
    response.headers.set('Cache-Control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache')
    return response
  }
  app.use('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api') return next()
    return withHeaders(c.req.path, await serveStatic<AppEnv>({ root: dir })(c, next))
  })
  const index = join(dir, 'index.html')
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api' || !existsSync(index)) return next()
    // Any page navigation that found no file gets the app, whose router shows the page or its
    // not-found page (deep links work); a script, image or fetch of a missing file stays a 404.
    if (!acceptsHtml(c.req.header('accept'))) return next()
    return withHeaders('/index.html', await serveStatic<AppEnv>({ path: index })(c, next))
  })
}

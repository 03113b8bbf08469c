import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { readSessionCookie } from '../auth/session-cookie.ts'

/** Routes that sign in, sign out, describe the caller or handle credentials: private whoever calls. */
const CREDENTIAL_PATHS = /^\/api\/v1\/(auth|me|tokens)(\/|$)/

/**
 * `Cache-Control: no-store` on every response meant for one caller: those to
 * requests with a session cookie or a bearer token, those that set a cookie,
 * and the credential routes. Without it a browser's back/forward cache, a
 * shared proxy or a CDN could keep one user's projects or token list for the
 * next person. A route that already says no-store keeps its own wording.
 */
export const noStoreWhenPersonal: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next()
  const personal =
    c.get('auth') !== null ||
    c.req.header('authorization') !== undefined ||
    readSessionCookie(c) !== undefined ||
    c.res.headers.has('set-cookie') ||
    CREDENTIAL_PATHS.test(c.req.path)
  if (personal && !/\bno-store\b/.test(c.res.headers.get('cache-control') ?? '')) c.header('Cache-Control', 'no-store')
}

import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { readSessionCookie } from '../auth/session-cookie.ts'
import { ApiError } from '../errors/api-error.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

type Provenance = { verdict: 'same' | 'cross' | 'unknown'; origin: string }

/**
 * CSRF defence for cookie sessions. The session cookie is ambient: a page on
 * another site can make the browser send it with a form post (SameSite=Lax
 * still allows top-level POST navigations in some browsers, and sibling
 * subdomains count as same-site). So an unsafe request that carries the
 * session cookie must prove it comes from our own pages — by `Origin`, else
 * `Sec-Fetch-Site: same-origin`, else `Referer` — and any unsafe request
 * whose `Origin` names another site is refused (that covers login CSRF, where
 * there is no cookie yet). Bearer-token requests carry no ambient credential
 * and are exempt.
 */
export const requireSameOrigin: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!SAFE_METHODS.has(c.req.method) && c.req.header('authorization') === undefined) {
    const { verdict, origin } = provenance(c)
    const ambient = readSessionCookie(c) !== undefined
    if (verdict === 'cross' || (ambient && verdict === 'unknown')) throw new ApiError('cross_origin_request', { params: { origin } })
  }
  await next()
}

/**
 * Where the request says it comes from, judged against our own origin: the
 * request URL's (built from its Host header), and its https twin when the
 * cookie is Secure — then TLS ends at a proxy in front and the browser's
 * origin is https while this server sees http.
 */
function provenance(c: Context<AppEnv>): Provenance {
  const own = new URL(c.req.url)
  const allowed = new Set([own.origin])
  if (c.var.services.config.cookieSecure) allowed.add(`https://${own.host}`)

  const origin = c.req.header('origin')
  // Browsers send the literal "null" from sandboxed frames and file: pages: never ours.
  if (origin !== undefined) return { verdict: allowed.has(origin) ? 'same' : 'cross', origin }
  const site = c.req.header('sec-fetch-site')
  if (site === 'same-origin') return { verdict: 'same', origin: '(same-origin)' }
  if (site === 'same-site' || site === 'cross-site') return { verdict: 'cross', origin: `(${site})` }
  const referer = c.req.header('referer')
  if (referer !== undefined) {
    const from = originOf(referer)
    return { verdict: from !== null && allowed.has(from) ? 'same' : 'cross', origin: from ?? '(unreadable Referer)' }
  }
  return { verdict: 'unknown', origin: '(none)' }
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

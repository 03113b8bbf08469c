import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { ApiError } from '../errors/api-error.ts'
import { jsonErrorPosition } from './json-error-position.ts'
import { findUnsafeJsonText, jsonTextMayBeUnsafe } from './unsafe-text.ts'

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH'])

/**
 * For JSON requests, checks the body parses before any validator sees it, so a
 * typo gets a 400 problem that says where (line, column, position), and text
 * PostgreSQL cannot store gets a 400 naming the field. Hono caches
 * the text, so validators read it again without a second stream read.
 */
export const jsonBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (BODY_METHODS.has(c.req.method)) {
    const type = c.req.header('content-type') ?? ''
    if (/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
      const text = await c.req.text()
      if (text.trim() === '') {
        throw new ApiError('malformed_json', { params: { line: 1, column: 1, position: 0, reason: 'the body is empty' } })
      }
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch {
        // Only a body that failed to parse pays for the scan that locates the error.
        const problem = jsonErrorPosition(text) ?? { line: 1, column: 1, position: 0, reason: 'not valid JSON' }
        throw new ApiError('malformed_json', { params: problem })
      }
      // Once for every route, before any schema: NUL or a lone surrogate in any string
      // would otherwise reach PostgreSQL and fail there as a 500 (issue 9). The walk
      // allocates per value, so only bodies whose text could hold one pay for it.
      if (jsonTextMayBeUnsafe(text)) {
        const unsafe = findUnsafeJsonText(parsed, c.get('locale'))
        if (unsafe.length > 0) throw new ApiError('invalid_text', { params: { count: unsafe.length }, errors: unsafe })
      }
    }
  }
  await next()
}

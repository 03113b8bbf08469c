import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { ApiError } from '../errors/api-error.ts'
import type { FieldError } from '../errors/api-error.ts'
import { unsafeTextCode, unsafeTextError } from './unsafe-text.ts'

/** `%00` decodes to NUL; a malformed escape is left to the router, which answers 404/400 itself. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * The URL and multipart text counterpart of the JSON body check: a NUL in a path
 * segment, a query value or a form field (or an uploaded file's name) is a 400
 * `invalid_text` naming where, before any route reads it. Percent-encoded UTF-8
 * cannot carry a lone surrogate (it decodes to U+FFFD), but form fields can.
 */
export const requestText: MiddlewareHandler<AppEnv> = async (c, next) => {
  const locale = c.get('locale')
  const errors: FieldError[] = []
  const url = new URL(c.req.url)
  for (const segment of url.pathname.split('/')) {
    const code = unsafeTextCode(decoded(segment))
    if (code) errors.push(unsafeTextError('(path)', code, locale))
  }
  for (const [key, value] of url.searchParams) {
    const keyCode = unsafeTextCode(key)
    const code = keyCode ?? unsafeTextCode(value)
    if (code) errors.push(unsafeTextError(keyCode ? 'query' : `query.${key}`, code, locale))
  }
  if (c.req.method === 'POST' && /^multipart\/form-data\b/i.test(c.req.header('content-type') ?? '')) {
    let form: FormData | null = null
    try {
      // Cached by Hono: the route's form validator reads this same FormData.
      form = await c.req.formData()
    } catch {
      // A body that is not valid multipart is the validator's to refuse, with its own message.
    }
    form?.forEach((value, key) => {
      const text = typeof value === 'string' ? value : value.name
      const keyCode = unsafeTextCode(key)
      const code = keyCode ?? unsafeTextCode(text)
      if (code) errors.push(unsafeTextError(keyCode ? '(form)' : key, code, locale))
    })
  }
  if (errors.length > 0) throw new ApiError('invalid_text', { params: { count: errors.length }, errors: errors.slice(0, 20) })
  await next()
}

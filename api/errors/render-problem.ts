import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { PROBLEM_CATALOG, type Locale } from './catalog.ts'
import type { FieldError } from './api-error.ts'
import { PROBLEM_STATUS, type ProblemCode } from './problem-codes.ts'

export type ProblemBody = {
  type: string
  title: string
  status: number
  detail: string
  code: ProblemCode
  errors?: FieldError[]
  requestId: string
}

export function problemBody(
  code: ProblemCode,
  locale: Locale,
  requestId: string,
  params: Record<string, string | number> = {},
  errors?: FieldError[],
): ProblemBody {
  const message = PROBLEM_CATALOG[code][locale]
  return {
    // A stable, dereferenceable-looking identifier per code (RFC 9457 §3.1.1).
    type: `https://bluecarbon.example/problems/${code.replace(/_/g, '-')}`,
    title: message.title,
    status: PROBLEM_STATUS[code],
    detail: message.detail({ requestId, ...params }),
    code,
    ...(errors && errors.length ? { errors } : {}),
    requestId,
  }
}

/** Renders a problem as `application/problem+json` with the right status and headers. */
export function problemResponse(
  c: Context,
  code: ProblemCode,
  options: { params?: Record<string, string | number>; errors?: FieldError[]; headers?: Record<string, string> } = {},
): Response {
  const locale = (c.get('locale' as never) as Locale | undefined) ?? 'en'
  const requestId = (c.get('requestId' as never) as string | undefined) ?? 'unknown'
  const body = problemBody(code, locale, requestId, options.params, options.errors)
  // c.body keeps headers set earlier in the chain (request id, security headers).
  return c.body(JSON.stringify(body), body.status as ContentfulStatusCode, {
    'content-type': 'application/problem+json; charset=utf-8',
    'content-language': locale === 'zh' ? 'zh-CN' : 'en',
    ...options.headers,
  })
}

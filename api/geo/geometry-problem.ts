import type { FieldError } from '../errors/api-error.ts'
import { ApiError } from '../errors/api-error.ts'
import type { Locale } from '../errors/catalog.ts'
import type { GeometryIssue } from './geometry-issue.ts'

/** Issues in the caller's language, as the problem's `errors`. */
export function issuesToFieldErrors(issues: GeometryIssue[], locale: Locale, prefix = ''): FieldError[] {
  return issues.map((i) => ({ path: `${prefix}${i.path}`, code: i.code, message: i.message[locale] }))
}

/** The 400 problem for a geometry that failed: the first issue as detail, all of them as errors. */
export function invalidGeometry(issues: GeometryIssue[], locale: Locale): ApiError {
  const first = issues[0]!
  return new ApiError('invalid_geometry', { params: { en: first.message.en, zh: first.message.zh }, errors: issuesToFieldErrors(issues, locale) })
}

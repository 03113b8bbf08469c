import { ApiProblem } from '../api/problem.ts'
import type { MessageKey } from '../i18n/en.ts'
import { translate, type Lang } from '../i18n/translate.ts'

/**
 * What to tell the user about a failed call: the server's own localized
 * detail when there is one, "server unreachable" when fetch itself failed,
 * else the caller's fallback.
 */
export function errorText(error: unknown, lang: Lang, fallback: MessageKey): string {
  if (error instanceof ApiProblem) return error.detail ?? error.title
  if (error instanceof TypeError) return translate(lang, 'Auth.Offline')
  return translate(lang, fallback)
}

/** Field errors of a problem whose paths start with `prefix.`, with the prefix removed (form paths). */
export function fieldErrors(error: unknown, prefix: string): { path: string; message: string }[] {
  if (!(error instanceof ApiProblem)) return []
  return error.errors
    .filter((e) => e.path === prefix || e.path.startsWith(`${prefix}.`) || e.path.startsWith(`${prefix}[`))
    .map((e) => ({ path: e.path.slice(prefix.length).replace(/^\./, ''), message: e.message }))
}

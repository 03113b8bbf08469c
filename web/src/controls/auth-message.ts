import { ApiProblem } from '../api/problem.ts'
import type { MessageKey } from '../i18n/en.ts'
import { translate, type Lang, type MessageParams } from '../i18n/translate.ts'

/**
 * What to tell the user after a failed login. Known cases keep a message key,
 * so the text follows a later language switch; anything else shows the
 * server's own (already localised) problem detail.
 */
export type AuthMessage = { key: MessageKey; params?: MessageParams } | { text: string }

export function authMessageFor(error: unknown): AuthMessage {
  if (error instanceof ApiProblem) {
    if (error.status === 401) return { key: 'Auth.Failed' }
    if (error.status === 429 && error.retryAfterS !== undefined) return { key: 'Auth.RateLimited', params: { seconds: error.retryAfterS } }
    return error.detail ? { text: error.detail } : { key: 'Auth.Failed' }
  }
  // fetch rejects with a TypeError when the server cannot be reached.
  if (error instanceof TypeError) return { key: 'Auth.Offline' }
  return { key: 'Auth.Failed' }
}

export function renderAuthMessage(message: AuthMessage, lang: Lang): string {
  return 'text' in message ? message.text : translate(lang, message.key, message.params)
}

import { acceptLanguageFor } from '../i18n/language-choice.ts'
import type { Lang } from '../i18n/translate.ts'
import { problemFromResponse } from './problem.ts'

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** Serialised as JSON. */
  json?: unknown
  /** Sent as multipart/form-data (file uploads); the browser sets the boundary. */
  form?: FormData
  signal?: AbortSignal
}

export type Http = <T = unknown>(path: string, options?: RequestOptions) => Promise<T | undefined>

/**
 * A fetch wrapper for our API: same-origin cookies, the UI language as
 * Accept-Language on every call (problem titles come back in it), JSON in and
 * out, and every non-2xx turned into an ApiProblem. 204 resolves to undefined.
 */
export function createHttp(currentLang: () => Lang, baseUrl = ''): Http {
  return async <T>(path: string, options: RequestOptions = {}) => {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/geo+json, application/problem+json',
      'Accept-Language': acceptLanguageFor(currentLang()),
    }
    if (options.json !== undefined) headers['Content-Type'] = 'application/json'
    const response = await fetch(baseUrl + path, {
      method: options.method ?? 'GET',
      headers,
      body: options.form ?? (options.json === undefined ? undefined : JSON.stringify(options.json)),
      credentials: 'same-origin',
      signal: options.signal,
    })
    if (!response.ok) {
      throw problemFromResponse(response.status, response.headers.get('content-type'), await response.text(), response.headers.get('retry-after'))
    }
    if (response.status === 204) return undefined
    return (await response.json()) as T
  }
}

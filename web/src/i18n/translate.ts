import { en, type MessageKey } from './en.ts'
import { zh } from './zh.ts'

export const LANGUAGES = ['zh', 'en'] as const
export type Lang = (typeof LANGUAGES)[number]

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { zh, en }

export type MessageParams = Record<string, string | number>

/**
 * The UI string for `key` in `lang`, with `{name}` placeholders filled from
 * `params`. A placeholder without a value stays visible, so a missing
 * parameter shows up in review instead of silently vanishing.
 *
 * @example translate('en', 'Auth.RateLimited', { seconds: 30 }) // 'Too many attempts. Try again in 30 s.'
 */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}

/** True when `key` names a UI string (for ids that arrive as data, such as a role). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key)
}

/** The subset of strings MapLibre reads from its `locale` option (its namespaces end in `Control`, plus Map and Popup). */
export function mapLibreLocale(lang: Lang): Record<string, string> {
  const dictionary = DICTIONARIES[lang]
  return Object.fromEntries(
    Object.entries(dictionary).filter(([key]) => /^(\w+Control|Map|Popup)\./.test(key)),
  )
}

import type { Locale } from '../../errors/catalog.ts'
import type { Formatters } from '../format.ts'
import type { Translate } from '../report-i18n.ts'

export type SectionContext = { locale: Locale; t: Translate; f: Formatters }

/** The name in the report's language: English falls back to the Chinese name. */
export function localName(zh: string, en: string | null, locale: Locale): string {
  return locale === 'en' && en ? en : zh
}

/** The name in the other language, when there is a different one. */
export function otherName(zh: string, en: string | null, locale: Locale): string | null {
  const other = locale === 'en' ? zh : en
  return other && other !== localName(zh, en, locale) ? other : null
}

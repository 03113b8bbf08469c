import type { Lang } from '../i18n/translate.ts'

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' }

/**
 * A timestamp from the API (ISO 8601) as local date and time.
 *
 * @example formatDateTime('2026-06-01T08:00:00Z', 'en') // '01/06/2026, 16:00' in UTC+8
 */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'short', timeStyle: 'short' }).format(date)
}

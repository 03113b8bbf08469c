import type { Locale } from '../errors/catalog.ts'

export type Formatters = {
  /** Grouped number with at most `digits` decimals (no trailing zeros). */
  number(value: number, digits?: number): string
  /** Ratio as a percentage, e.g. 0.11 → "11 %". */
  ratioPercent(ratio: number): string
  /** A moment as "YYYY-MM-DD HH:MM UTC": the same text on every server. */
  dateTime(date: Date): string
}

export function formatters(locale: Locale): Formatters {
  const tag = locale === 'zh' ? 'zh-CN' : 'en-GB'
  const cache = new Map<number, Intl.NumberFormat>()
  const nf = (digits: number) => {
    let f = cache.get(digits)
    if (!f) cache.set(digits, (f = new Intl.NumberFormat(tag, { maximumFractionDigits: digits })))
    return f
  }
  return {
    number: (value, digits = 2) => nf(digits).format(value),
    ratioPercent: (ratio) => `${nf(2).format(ratio * 100)} %`,
    dateTime: (date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  }
}

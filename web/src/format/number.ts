import type { Lang } from '../i18n/translate.ts'

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en' }

/**
 * Fraction digits that keep about three significant figures without showing
 * false precision: estimates are ex-ante figures, not measurements.
 */
export function displayDigits(value: number): number {
  const abs = Math.abs(value)
  if (abs >= 100 || abs === 0) return 0
  if (abs >= 10) return 1
  return 2
}

/**
 * A number with grouped digits in the UI language.
 *
 * @example formatNumber(22209.4, 'en') // '22,209'
 * @example formatNumber(4.333, 'zh') // '4.33'
 */
export function formatNumber(value: number, lang: Lang, digits = displayDigits(value)): string {
  // -0 would print as "-0".
  const v = Object.is(value, -0) ? 0 : value
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v)
}

/**
 * A ratio (0–1) as a percentage with one decimal.
 *
 * @example formatRatioAsPercent(0.1234, 'en') // '12.3 %'
 */
export function formatRatioAsPercent(ratio: number, lang: Lang): string {
  return `${formatNumber(ratio * 100, lang, 1)} %`
}

/**
 * Money in whole yuan, the way the UI shows it (estimates, not ledger amounts).
 *
 * @example formatCny(1234567.8, 'zh') // '1,234,568 元'
 */
export function formatCny(valueCny: number, lang: Lang): string {
  const n = formatNumber(valueCny, lang, 0)
  return lang === 'zh' ? `${n} 元` : `CNY ${n}`
}

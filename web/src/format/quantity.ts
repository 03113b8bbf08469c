import { translate, type Lang } from '../i18n/translate.ts'

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en' }

/**
 * An area for display: grouped digits, one decimal below 100 ha, whole
 * hectares above (site areas are survey figures, not more precise than that).
 *
 * @param areaHa - area in hectares
 * @example formatAreaHa(1234.56, 'en') // '1,235 ha'
 */
export function formatAreaHa(areaHa: number, lang: Lang): string {
  const digits = Math.abs(areaHa) < 100 ? 1 : 0
  const number = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(areaHa)
  return `${number} ${translate(lang, 'Unit.ha')}`
}

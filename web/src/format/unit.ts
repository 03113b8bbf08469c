import { isMessageKey, translate, type Lang } from '../i18n/translate.ts'

/**
 * A unit as shown beside a number. Units with a translation (`Unit.<id>` in
 * the dictionaries: ha → 公顷, years → 年) are translated; the others are
 * scientific notation that reads the same in both languages (tCO2e/ha/yr).
 * A calendar year needs no unit at all.
 *
 * @example formatUnit('ha', 'zh') // '公顷'
 */
export function formatUnit(unit: string | undefined, lang: Lang): string {
  if (!unit || unit === 'year') return ''
  const key = `Unit.${unit}`
  return isMessageKey(key) ? translate(lang, key) : unit
}

import { isMessageKey, translate, type Lang } from '../i18n/translate.ts'
import type { FieldNode } from './spec-to-fields.ts'

/** `plantingDensityTreesPerHa` → `Planting density trees per ha`: a readable fallback, never empty. */
export function humanizeKey(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * The label of a field: the spec's own description (`about`) in the UI
 * language, else a dictionary entry `Field.<key>`, else the key made readable.
 */
export function fieldLabel(node: Pick<FieldNode, 'key' | 'about'>, lang: Lang): string {
  if (node.about) return node.about[lang]
  const key = `Field.${node.key}`
  return isMessageKey(key) ? translate(lang, key) : humanizeKey(node.key)
}

/** An enum value's display name (`Enum.<value>` in the dictionaries), else the value itself. */
export function optionLabel(value: string, lang: Lang): string {
  const key = `Enum.${value}`
  return isMessageKey(key) ? translate(lang, key) : value
}

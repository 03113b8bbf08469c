import { useLang, useT } from '../app/hooks.ts'
import { fieldLabel, optionLabel } from '../forms/field-label.ts'
import { sourceText } from '../forms/source-text.ts'
import type { FieldNode } from '../forms/spec-to-fields.ts'
import { formatNumber } from '../format/number.ts'
import { formatUnit } from '../format/unit.ts'
import type { Lang } from '../i18n/translate.ts'

function defaultText(field: FieldNode, lang: Lang, needsInput: string): string {
  if ('needsInput' in field && field.needsInput) return needsInput
  if (field.kind === 'number' && field.default !== undefined) return formatNumber(field.default, lang)
  if (field.kind === 'choice' && field.default !== undefined) return optionLabel(field.default, lang)
  if (field.kind === 'boolean' && field.default !== undefined) return String(field.default)
  return ''
}

/** One row per input: its label, unit, default (or that it must be entered) and the default's source. */
function InputRows({ fields }: { fields: FieldNode[] }) {
  const lang = useLang()
  const t = useT()
  return (
    <table class="bc-page-table" data-testid="methodology-inputs">
      <thead>
        <tr>
          <th>{t('Methodologies.Input')}</th>
          <th>{t('Methodologies.Unit')}</th>
          <th>{t('Methodologies.Default')}</th>
          <th>{t('Methodologies.Source')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.key} data-key={field.key}>
            <td>{fieldLabel(field, lang)}</td>
            <td>{field.kind === 'number' || field.kind === 'group' ? formatUnit(field.unit, lang) : ''}</td>
            <td>{defaultText(field, lang, t('Methodologies.NeedsInput'))}</td>
            <td class="bc-source">{field.source && !field.sourceInherited ? sourceText(field.source, lang).split('\n')[0] : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The top-level inputs of a methodology; a union of variants (GEP) gets one table per variant. */
export function InputsTable({ root }: { root: FieldNode }) {
  const lang = useLang()
  if (root.kind === 'variant') {
    return (
      <>
        {root.variants.map((variant) => (
          <section key={variant.value}>
            <h3>{optionLabel(variant.value, lang)}</h3>
            <InputRows fields={variant.fields.filter((f) => f.key !== root.discriminator)} />
          </section>
        ))}
      </>
    )
  }
  return <InputRows fields={root.kind === 'group' ? root.fields : [root]} />
}

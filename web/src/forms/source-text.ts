import { isMessageKey, translate, type Lang } from '../i18n/translate.ts'
import type { Source } from './spec-to-fields.ts'

/**
 * A citation as one readable block (the tooltip of a default): id, document,
 * locator, how reliable it is, note and URL, each on its own line.
 *
 * @example sourceText({ id: 'S2', document: 'CDM AR-TOOL14 v04.2', locator: 'Eq. 12', status: 'primary' }, 'en')
 *   // 'S2 · CDM AR-TOOL14 v04.2\nEq. 12\n(primary source)'
 */
export function sourceText(source: Source, lang: Lang): string {
  const statusKey = `SourceStatus.${source.status}`
  const status = isMessageKey(statusKey) ? translate(lang, statusKey) : source.status
  return [
    source.id ? `${source.id} · ${source.document}` : source.document,
    source.locator,
    `(${status})`,
    source.note,
    source.url,
  ]
    .filter((line): line is string => typeof line === 'string' && line !== '')
    .join('\n')
}

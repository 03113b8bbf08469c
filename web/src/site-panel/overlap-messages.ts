import type { Overlap } from '../api/sites.ts'
import { formatNumber, formatRatioAsPercent } from '../format/number.ts'
import { translate, type Lang } from '../i18n/translate.ts'

export type OverlapLine = { text: string; blocks: boolean }

/**
 * One sentence per overlap: shared area (ha, as the server computed it on
 * the sphere), its share of this site, and whose land it is. Other
 * organisations' drafts come without names (the server hides them).
 */
export function overlapLines(overlaps: readonly Overlap[], lang: Lang): OverlapLine[] {
  return overlaps.map((o) => {
    const params = {
      area: `${formatNumber(o.overlapHa, lang)} ${translate(lang, 'Unit.ha')}`,
      share: formatRatioAsPercent(o.shareOfSite, lang),
      project: o.projectName,
      site: o.siteName ?? '',
    }
    const text = translate(lang, o.private || o.siteName === null ? 'Overlap.RowPrivate' : 'Overlap.Row', params)
    return { text: o.blocksSubmission ? `${text} ${translate(lang, 'Overlap.Blocks')}` : text, blocks: o.blocksSubmission }
  })
}

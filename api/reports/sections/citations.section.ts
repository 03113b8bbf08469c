import { getMethodology } from '../../../methodologies/index.ts'
import { gepOutputSchema } from '../../../methodologies/gep/output.schema.ts'
import type { GepSource } from '../../../methodologies/gep/sources.ts'
import type { Citation } from '../../../methodologies/types.ts'
import type { EstimateRow } from '../../db/queries/estimates.ts'
import type { ValuationRow } from '../../db/queries/valuations.ts'
import { valuationSources } from '../collect-citations.ts'
import { html, isWebUrl, type SafeHtml } from '../html.ts'
import type { SectionContext } from './context.ts'

function citationItem(ctx: SectionContext, c: Citation & Partial<Pick<GepSource, 'note' | 'quality'>>): SafeHtml {
  // User-supplied values all share one document text; the input they came from tells them apart.
  const which = c.quality === 'user' && c.id.startsWith('user:') ? ` (${c.id.slice('user:'.length)})` : ''
  return html`<li>${c.document}${which}${c.locator ? html`. ${c.locator}` : null}${
    isWebUrl(c.url) ? html`. <a href="${c.url}">${c.url}</a>` : c.url ? html`. ${c.url}` : null
  } <span class="status">[${ctx.t('Citations.Status')}: ${c.status}]</span>${c.note ? html`<br/><span class="note">${c.note}</span>` : null}</li>`
}

/** Every citation the figures rest on: the carbon methodology's references and each valuation source. */
export function citationsSection(ctx: SectionContext, estimate: EstimateRow | undefined, valuation: ValuationRow | undefined): SafeHtml {
  const { t } = ctx
  const methodology = estimate ? getMethodology(estimate.methodologyId) : undefined
  const parsed = valuation ? gepOutputSchema.safeParse(valuation.outputs) : undefined
  const gepSources = parsed?.success ? valuationSources(parsed.data) : []
  return html`<section class="citations"><h2>${t('Citations.Heading')}</h2>
${
  methodology
    ? html`<h3>${t('Citations.CarbonMethodology')} (<span class="hash">${methodology.id} ${methodology.version}</span>)</h3>
<ol class="citations">${methodology.references.map((c) => citationItem(ctx, c))}</ol>`
    : null
}
${
  gepSources.length > 0
    ? html`<h3>${t('Citations.GepSources')} (<span class="hash">${valuation!.methodologyId} ${valuation!.methodologyVersion}</span>)</h3>
<ol class="citations">${gepSources.map((c) => citationItem(ctx, c))}</ol>`
    : null
}
</section>`
}

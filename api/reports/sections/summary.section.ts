import type { EstimateRow } from '../../db/queries/estimates.ts'
import type { ValuationRow } from '../../db/queries/valuations.ts'
import { html, type SafeHtml } from '../html.ts'
import { projectStatusLabel, sinkTypeLabel } from '../report-i18n.ts'
import type { ReportSiteRow } from '../report-queries.ts'
import { localName, type SectionContext } from './context.ts'

export function summarySection(
  ctx: SectionContext,
  site: ReportSiteRow,
  estimate: EstimateRow | undefined,
  valuation: ValuationRow | undefined,
  reportDate: Date,
): SafeHtml {
  const { t, f, locale } = ctx
  const hash = (value: string | undefined) => (value ? html`<span class="hash">${value}</span>` : html`<span class="note">${t('Summary.None')}</span>`)
  return html`<section class="summary">
<h2>${t('Summary.Heading')}</h2>
<table class="kv">
<tr><th>${t('Summary.Project')}</th><td>${localName(site.projectName, site.projectNameEn, locale)}</td></tr>
<tr><th>${t('Summary.Organisation')}</th><td>${localName(site.organisationName, site.organisationNameEn, locale)}</td></tr>
<tr><th>${t('Summary.Status')}</th><td>${projectStatusLabel(site.projectStatus, locale)}</td></tr>
<tr><th>${t('Summary.SinkType')}</th><td>${sinkTypeLabel(site.sinkType, locale)}</td></tr>
<tr><th>${t('Summary.Site')}</th><td>${site.name}${site.nameEn ? html` / ${site.nameEn}` : null}</td></tr>
<tr><th>${t('Summary.Area')}</th><td class="num">${f.number(Number(site.areaHa), 4)} ha</td></tr>
<tr><th>${t('Summary.ReportDate')}</th><td>${f.dateTime(reportDate)}</td></tr>
<tr><th>${t('Summary.EstimateHash')}</th><td>${hash(estimate?.contentHash)}</td></tr>
<tr><th>${t('Summary.ValuationHash')}</th><td>${hash(valuation?.contentHash)}</td></tr>
</table>
</section>`
}

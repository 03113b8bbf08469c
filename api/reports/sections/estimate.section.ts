import { getMethodology } from '../../../methodologies/index.ts'
import { areaBasedResultSchema, type AreaBasedResult } from '../../../methodologies/types.ts'
import type { EstimateRow } from '../../db/queries/estimates.ts'
import { cumulative, renderCreditsChart } from '../credits-chart.svg.ts'
import { html, type SafeHtml } from '../html.ts'
import type { ReportKey } from '../report-i18n.ts'
import type { SectionContext } from './context.ts'
import { warningList } from './warnings.ts'

const DEDUCTION_ROWS: [ReportKey, keyof AreaBasedResult['totals']][] = [
  ['Deductions.Gross', 'grossRemovalsTco2e'],
  ['Deductions.Baseline', 'baselineTco2e'],
  ['Deductions.ProjectEmissions', 'projectEmissionsTco2e'],
  ['Deductions.Leakage', 'leakageTco2e'],
  ['Deductions.Uncertainty', 'uncertaintyDeductionTco2e'],
  ['Deductions.Buffer', 'bufferTco2e'],
  ['Deductions.Net', 'netCreditsTco2e'],
]

function deductionsTable(ctx: SectionContext, result: AreaBasedResult): SafeHtml {
  const { t, f } = ctx
  const d = result.deductions
  return html`<h3>${t('Deductions.Heading')}</h3>
<table>
<tr><th>${t('Deductions.Item')}</th><th class="num">${t('Deductions.Total')}</th></tr>
${DEDUCTION_ROWS.map(([label, key]) => html`<tr><td>${t(label)}</td><td class="num">${f.number(result.totals[key], 3)}</td></tr>`)}
</table>
${
  d
    ? html`<table class="kv">
<tr><th>${t('Deductions.LeakageRatio')}</th><td class="num">${f.ratioPercent(d.leakageRatio)}</td></tr>
<tr><th>${t('Deductions.UncertaintyRatio')}</th><td class="num">${f.ratioPercent(d.uncertaintyRatio)}</td></tr>
<tr><th>${t('Deductions.BufferRatio')}</th><td class="num">${f.ratioPercent(d.bufferRatio)}</td></tr>
<tr><th>${t('Deductions.UncertaintyRule')}</th><td>${d.uncertaintyRule}</td></tr>
</table>`
    : null
}`
}

function yearlyTable(ctx: SectionContext, result: AreaBasedResult): SafeHtml {
  const { t, f } = ctx
  const running = cumulative(result.years.map((y) => y.netCreditsTco2e))
  return html`<table class="yearly">
<tr><th>${t('Estimate.Year')}</th><th class="num">${t('Deductions.Gross')}</th><th class="num">${t('Deductions.ProjectEmissions')}</th><th class="num">${t('Deductions.Buffer')}</th><th class="num">${t('Estimate.Yearly')}</th><th class="num">${t('Estimate.Cumulative')}</th></tr>
${result.years.map(
  (y, i) =>
    html`<tr><td>${y.year}</td><td class="num">${f.number(y.grossRemovalsTco2e, 2)}</td><td class="num">${f.number(y.projectEmissionsTco2e, 2)}</td><td class="num">${f.number(y.bufferTco2e, 2)}</td><td class="num">${f.number(y.netCreditsTco2e, 2)}</td><td class="num">${f.number(running[i]!, 2)}</td></tr>`,
)}
</table>`
}

/** The latest saved carbon estimate: methodology, chart of net credits, deductions. */
export function estimateSection(ctx: SectionContext, estimate: EstimateRow | undefined): SafeHtml {
  const { t, f, locale } = ctx
  if (!estimate) return html`<section class="estimate"><h2>${t('Estimate.Heading')}</h2><p class="note">${t('Estimate.None')}</p></section>`
  const methodology = getMethodology(estimate.methodologyId)
  const parsed = areaBasedResultSchema.safeParse(estimate.outputs)
  const header = html`<table class="kv">
<tr><th>${t('Estimate.Methodology')}</th><td>${methodology ? html`${methodology.title[locale]} — ` : null}<span class="hash">${estimate.methodologyId} ${estimate.methodologyVersion}</span></td></tr>
<tr><th>${t('Estimate.SavedAt')}</th><td>${f.dateTime(estimate.createdAt)}</td></tr>
${parsed.success && parsed.data.years.length > 0 ? html`<tr><th>${t('Estimate.Period')}</th><td>${parsed.data.years[0]!.year}–${parsed.data.years.at(-1)!.year}</td></tr>` : null}
<tr><th>${t('Summary.EstimateHash')}</th><td class="hash">${estimate.contentHash}</td></tr>
</table>`
  if (!parsed.success || parsed.data.years.length === 0) {
    const headline = (estimate.outputs as { totalNetSequestration?: unknown }).totalNetSequestration
    return html`<section class="estimate"><h2>${t('Estimate.Heading')}</h2>${header}
<p class="note">${t('Estimate.NotAreaBased')}</p>
${typeof headline === 'number' ? html`<table class="kv"><tr><th>${t('Estimate.Headline')}</th><td class="num">${f.number(headline, 3)}</td></tr></table>` : null}
</section>`
  }
  const result = parsed.data
  return html`<section class="estimate"><h2>${t('Estimate.Heading')}</h2>${header}
<figure>${renderCreditsChart(result.years, t, (v) => f.number(v, 0))}<figcaption>${t('Estimate.ChartTitle')}</figcaption></figure>
${deductionsTable(ctx, result)}
${yearlyTable(ctx, result)}
${warningList(ctx, result.warnings)}
</section>`
}

import { gepOutputSchema, type GepOutput, type ServiceRow } from '../../../methodologies/gep/output.schema.ts'
import type { ValuationRow } from '../../db/queries/valuations.ts'
import { valuationBasisSchema, type ValuationBasis } from '../../valuations/basis.schema.ts'
import { html, type SafeHtml } from '../html.ts'
import type { SectionContext } from './context.ts'
import { warningList } from './warnings.ts'

function carbonLines(ctx: SectionContext, basis: ValuationBasis | null): { price: SafeHtml | string; quantity: SafeHtml | string } {
  const { t } = ctx
  if (!basis) return { price: '—', quantity: '—' }
  const price =
    basis.carbonPrice.kind === 'series'
      ? html`${basis.carbonPrice.priceCnyPerTco2e} CNY/tCO2e — ${t('Carbon.Series')} ${basis.carbonPrice.series} (${basis.carbonPrice.statistic}, ${basis.carbonPrice.periodStart} – ${basis.carbonPrice.periodEnd})`
      : html`${basis.carbonPrice.priceCnyPerTco2e} CNY/tCO2e — ${t('Carbon.User')}${basis.carbonPrice.sourceNote ? html` (${basis.carbonPrice.sourceNote})` : null}`
  const c = basis.carbon
  const quantity =
    c.status === 'estimate'
      ? html`${t('Carbon.FromEstimate')}: <span class="hash">${c.methodology.id} ${c.methodology.version}</span>, ${c.fromYear}–${c.toYear}`
      : t(c.status === 'no-estimate' ? 'Carbon.NoEstimate' : c.status === 'unsupported-estimate' ? 'Carbon.Unsupported' : 'Carbon.NoSite')
  return { price, quantity }
}

function serviceRow(ctx: SectionContext, row: ServiceRow): SafeHtml {
  const { t, f, locale } = ctx
  const name = html`<td>${row.name[locale]}</td><td>${t(`Class.${row.class}`)}</td>`
  if (row.status === 'needs-input') {
    return html`<tr>${name}<td colspan="4"><em>${t('Gep.NeedsInput')}</em>: ${row.message?.[locale] ?? ''}</td></tr>`
  }
  return html`<tr>${name}
<td class="num">${f.number(row.quantity ?? 0, 3)} ${row.quantityUnit}</td>
<td class="num">${f.number(row.unitPrice ?? 0, 4)} ${row.unitPriceUnit} (${row.priceYear})</td>
<td class="num">${f.number(row.priceAdjustedToValuationYear ?? 0, 4)}</td>
<td class="num">${f.number(row.valueCnyPerYear ?? 0, 2)}</td></tr>`
}

function servicesTable(ctx: SectionContext, out: GepOutput): SafeHtml {
  const { t, f } = ctx
  return html`<table class="services">
<tr><th>${t('Gep.Service')}</th><th>${t('Gep.Class')}</th><th class="num">${t('Gep.Quantity')}</th><th class="num">${t('Gep.UnitPrice')}</th><th class="num">${t('Gep.Adjusted')}</th><th class="num">${t('Gep.Value')}</th></tr>
${out.services.map((row) => serviceRow(ctx, row))}
</table>
<table class="kv">
<tr><th>${t('Gep.TotalsByClass')}</th><td>${t('Class.material')} ${f.number(out.totalsByClass.material, 2)}; ${t('Class.regulating')} ${f.number(out.totalsByClass.regulating, 2)}; ${t('Class.cultural')} ${f.number(out.totalsByClass.cultural, 2)}</td></tr>
<tr><th>${t('Gep.Total')}</th><td class="num">${f.number(out.totalCnyPerYear, 2)}</td></tr>
<tr><th>${t('Gep.Npv')}</th><td class="num">${f.number(out.npvCny, 2)}</td></tr>
</table>`
}

function sensitivityTable(ctx: SectionContext, out: GepOutput): SafeHtml | null {
  const { t, f } = ctx
  if (out.sensitivity.length === 0) return null
  return html`<h3>${t('Gep.Sensitivity')}</h3>
<table>
<tr><th>${t('Gep.Parameter')}</th><th class="num">${t('Gep.NpvLow')}</th><th class="num">${t('Gep.NpvHigh')}</th><th class="num">${t('Gep.Swing')}</th></tr>
${out.sensitivity.slice(0, 8).map(
  (r) => html`<tr><td class="hash">${r.parameter}</td><td class="num">${f.number(r.npvLowCny, 2)}</td><td class="num">${f.number(r.npvHighCny, 2)}</td><td class="num">${f.number(r.swingCny, 2)}</td></tr>`,
)}
</table>`
}

/** The latest saved GEP valuation: inputs that matter, breakdown, totals, NPV, sensitivity. */
export function valuationSection(ctx: SectionContext, valuation: ValuationRow | undefined): SafeHtml {
  const { t, f } = ctx
  if (!valuation) return html`<section class="valuation"><h2>${t('Gep.Heading')}</h2><p class="note">${t('Gep.None')}</p></section>`
  const parsed = gepOutputSchema.safeParse(valuation.outputs)
  const basis = valuationBasisSchema.safeParse(valuation.basis)
  const carbon = carbonLines(ctx, basis.success ? basis.data : null)
  const out = parsed.success ? parsed.data : null
  return html`<section class="valuation"><h2>${t('Gep.Heading')}</h2>
<table class="kv">
<tr><th>${t('Gep.Methodology')}</th><td class="hash">${valuation.methodologyId} ${valuation.methodologyVersion}</td></tr>
<tr><th>${t('Estimate.SavedAt')}</th><td>${f.dateTime(valuation.createdAt)}</td></tr>
${out ? html`<tr><th>${t('Gep.ValuationYear')}</th><td>${out.valuationYear}</td></tr>
<tr><th>${t('Gep.Horizon')}</th><td>${out.horizonYears}</td></tr>
<tr><th>${t('Gep.DiscountRate')}</th><td>${f.number(out.discountRatePercent, 3)} %</td></tr>` : null}
<tr><th>${t('Gep.CarbonPrice')}</th><td>${carbon.price}</td></tr>
<tr><th>${t('Gep.CarbonFrom')}</th><td>${carbon.quantity}</td></tr>
<tr><th>${t('Summary.ValuationHash')}</th><td class="hash">${valuation.contentHash}</td></tr>
</table>
${out ? html`${servicesTable(ctx, out)}${sensitivityTable(ctx, out)}${warningList(ctx, out.warnings)}` : null}
</section>`
}

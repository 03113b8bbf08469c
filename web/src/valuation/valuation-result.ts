import type { ValuationBasis, ValuationResult } from '../api/valuations.ts'
import { formatCny, formatNumber } from '../format/number.ts'
import { formatUnit } from '../format/unit.ts'
import { sourceText } from '../forms/source-text.ts'
import type { Source } from '../forms/spec-to-fields.ts'
import type { MessageKey } from '../i18n/en.ts'
import { isMessageKey, translate, type Lang } from '../i18n/translate.ts'
import { CLASS_ORDER, stackedSegments, tornadoRows, type ServiceClass } from './value-charts-model.ts'
import { el } from '../util/dom.ts'

export const CLASS_COLORS: Record<ServiceClass, string> = { material: '#0ea5e9', regulating: '#16a34a', cultural: '#f59e0b' }

type Service = ValuationResult['services'][number]

function serviceName(result: ValuationResult, id: string, lang: Lang): string {
  return result.services.find((s) => s.id === id)?.name[lang] ?? id
}

/** Quantity and price with their units, e.g. "1,234 t/yr". */
function withUnit(value: number | null, unit: string, lang: Lang): string {
  return value === null ? '—' : `${formatNumber(value, lang)} ${formatUnit(unit, lang)}`.trim()
}

function sourceLink(source: Source | null, label: MessageKey, lang: Lang): HTMLElement | undefined {
  if (!source) return undefined
  const link = source.url ? el('a', 'bc-source') : el('span', 'bc-source')
  link.textContent = translate(lang, label)
  link.title = sourceText(source, lang)
  if (link instanceof HTMLAnchorElement && source.url) {
    link.href = source.url
    link.target = '_blank'
    link.rel = 'noopener'
  }
  return link
}

/** One horizontal bar: each valued service a segment in its class colour, with a legend of the classes. */
function stackedBar(result: ValuationResult, lang: Lang): HTMLElement {
  const box = el('figure', 'bc-stacked')
  box.dataset.testid = 'value-stacked-bar'
  const bar = el('div', 'bc-stacked-bar')
  for (const s of stackedSegments(result.services)) {
    const segment = el('div', 'bc-stacked-segment')
    segment.style.left = `${s.start * 100}%`
    segment.style.width = `${s.width * 100}%`
    segment.style.background = CLASS_COLORS[s.serviceClass]
    segment.dataset.service = s.serviceId
    segment.title = `${serviceName(result, s.serviceId, lang)}: ${formatCny(s.valueCnyPerYear, lang)}`
    bar.append(segment)
  }
  const legend = el('figcaption', 'bc-legend-row')
  for (const c of CLASS_ORDER) {
    const item = el('span')
    const swatch = el('span', 'bc-swatch')
    swatch.style.background = CLASS_COLORS[c]
    item.append(swatch, ` ${translate(lang, `Value.Class.${c}`)}: ${formatCny(result.totalsByClass[c], lang)}`)
    legend.append(item)
  }
  box.append(el('p', 'bc-chart-title', translate(lang, 'Value.ChartTitle')), bar, legend)
  return box
}

function servicesTable(result: ValuationResult, lang: Lang): HTMLTableElement {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params)
  const table = el('table', 'bc-table')
  table.dataset.testid = 'value-services'
  const head = el('tr')
  head.append(...(['Value.Service', 'Value.Quantity', 'Value.UnitPrice', 'Value.ValuePerYear', 'Value.Sources'] as const).map((k) => el('th', '', t(k))))
  table.createTHead().append(head)
  const body = table.createTBody()
  const sorted = [...result.services].sort((a, b) => CLASS_ORDER.indexOf(a.class) - CLASS_ORDER.indexOf(b.class))
  for (const s of sorted) body.append(serviceRow(s, lang))
  const total = el('tr')
  total.append(el('th', '', t('Estimate.Total')), el('td'), el('td'), el('td', 'bc-num', formatNumber(result.totalCnyPerYear, lang, 0)), el('td'))
  table.createTFoot().append(total)
  return table
}

function serviceRow(s: Service, lang: Lang): HTMLTableRowElement {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params)
  const tr = el('tr')
  tr.dataset.service = s.id
  tr.dataset.status = s.status
  const name = el('th')
  const swatch = el('span', 'bc-swatch')
  swatch.style.background = CLASS_COLORS[s.class]
  name.append(swatch, ` ${s.name[lang]}`)
  if (s.status === 'needs-input') {
    name.append(el('span', 'bc-badge', t('Value.NeedsInput')))
    if (s.message) name.append(el('p', 'bc-hint', s.message[lang]))
  }
  const price = s.unitPrice === null ? '—' : s.priceYear === null ? withUnit(s.unitPrice, s.unitPriceUnit, lang) : t('Value.PriceIn', { price: withUnit(s.unitPrice, s.unitPriceUnit, lang), year: s.priceYear })
  const sources = el('td', 'bc-sources')
  for (const [source, label] of [
    [s.source.quantity, 'Value.SourceQuantity'],
    [s.source.unitPrice, 'Value.SourcePrice'],
    [s.source.priceAdjustment, 'Value.SourceCpi'],
  ] as const) {
    const link = sourceLink(source, label, lang)
    if (link) sources.append(link, ' ')
  }
  tr.append(name, el('td', '', withUnit(s.quantity, s.quantityUnit, lang)), el('td', '', price), el('td', 'bc-num', s.valueCnyPerYear === null ? '—' : formatNumber(s.valueCnyPerYear, lang, 0)), sources)
  return tr
}

function sensitivity(result: ValuationResult, lang: Lang, labelOf: (parameter: string) => string): HTMLElement | undefined {
  const rows = tornadoRows(result.sensitivity)
  if (!rows.length) return undefined
  const box = el('section', 'bc-subsection')
  box.dataset.testid = 'value-sensitivity'
  box.append(el('h4', '', translate(lang, 'Value.Sensitivity')))
  const list = el('ol', 'bc-tornado')
  for (const r of rows) {
    const item = el('li')
    item.dataset.parameter = r.parameter
    const kindKey = `Value.Kind.${r.kind}`
    const label = translate(lang, 'Value.SensitivityRow', {
      parameter: `${serviceName(result, r.serviceId, lang)} · ${labelOf(r.parameter)}`,
      kind: isMessageKey(kindKey) ? translate(lang, kindKey) : r.kind,
      low: formatCny(r.lowCny, lang),
      high: formatCny(r.highCny, lang),
    })
    const track = el('div', 'bc-tornado-track')
    const span = el('div', 'bc-tornado-bar')
    span.style.left = `${r.left * 100}%`
    span.style.width = `${Math.max(r.width * 100, 0.5)}%`
    track.append(span)
    item.append(el('span', '', label), track)
    list.append(item)
  }
  box.append(list)
  return box
}

function carbonBasis(basis: ValuationBasis, lang: Lang): string {
  const key = `Value.Carbon.${basis.carbon.status}`
  const c = basis.carbon as { fromYear?: number; toYear?: number }
  return isMessageKey(key) ? translate(lang, key, { from: c.fromYear ?? '', to: c.toYear ?? '' }) : basis.carbon.status
}

/**
 * A valuation as the owner reads it: total per year and NPV, the stacked bar
 * of services by class, the table of services with quantities, prices and
 * their sources (services still needing input flagged, never filled in), and
 * the sensitivity ranking.
 *
 * @param labelOf - the form's label of an input path (sensitivity rows name inputs by path)
 */
export function renderValuationResult(result: ValuationResult, basis: ValuationBasis | undefined, lang: Lang, labelOf: (parameter: string) => string = (p) => p): HTMLElement {
  const root = el('div', 'bc-result')
  root.dataset.testid = 'valuation-result'
  const total = el('p', 'bc-headline', translate(lang, 'Value.Total', { value: formatCny(result.totalCnyPerYear, lang) }))
  total.dataset.testid = 'value-total'
  const npv = el('p', 'bc-hint', translate(lang, 'Value.Npv', { years: result.horizonYears, rate: formatNumber(result.discountRatePercent, lang), value: formatCny(result.npvCny, lang) }))
  npv.dataset.testid = 'value-npv'
  root.append(total, npv)
  if (basis) root.append(el('p', 'bc-hint', carbonBasis(basis, lang)))
  if (result.warnings.length) {
    const list = el('ul', 'bc-warnings')
    for (const w of result.warnings) list.append(el('li', '', w.message[lang]))
    root.append(el('h4', '', translate(lang, 'Value.Warnings')), list)
  }
  root.append(stackedBar(result, lang))
  const scroll = el('div', 'bc-table-scroll')
  scroll.append(servicesTable(result, lang))
  root.append(scroll)
  const ranking = sensitivity(result, lang, labelOf)
  if (ranking) root.append(ranking)
  return root
}

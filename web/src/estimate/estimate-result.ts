import type { AreaBasedResult } from '../api/estimates.ts'
import { renderCreditsChart } from '../chart/credits-chart.ts'
import { formatNumber, formatRatioAsPercent } from '../format/number.ts'
import { formatAreaHa } from '../format/quantity.ts'
import { fieldLabel, optionLabel } from '../forms/field-label.ts'
import { translate, type Lang } from '../i18n/translate.ts'
import { withheldShareOfGross, YEAR_COLUMNS, yearTableRows } from './deduction-rows.ts'
import { el } from '../util/dom.ts'

function definitionList(rows: [string, string][]): HTMLDListElement {
  const dl = el('dl', 'bc-facts')
  for (const [term, value] of rows) {
    const div = el('div')
    div.append(el('dt', '', term), el('dd', '', value))
    dl.append(div)
  }
  return dl
}

function deductionsTable(result: AreaBasedResult, lang: Lang): HTMLTableElement {
  const table = el('table', 'bc-table')
  table.dataset.testid = 'deductions-table'
  table.append(el('caption', '', translate(lang, 'Estimate.TableCaption')))
  const head = el('tr')
  head.append(el('th', '', translate(lang, 'Estimate.Year')), ...YEAR_COLUMNS.map((c) => el('th', '', translate(lang, c.label))))
  table.createTHead().append(head)
  const body = table.createTBody()
  const foot = table.createTFoot()
  for (const row of yearTableRows(result)) {
    const tr = el('tr')
    tr.dataset.year = String(row.year)
    tr.append(el('th', '', row.year === 'total' ? translate(lang, 'Estimate.Total') : String(row.year)))
    for (const value of row.values) tr.append(el('td', '', formatNumber(value, lang)))
    ;(row.year === 'total' ? foot : body).append(tr)
  }
  return table
}

function ratesBlock(result: AreaBasedResult, lang: Lang): HTMLElement | undefined {
  const d = result.deductions
  if (!d) return undefined
  const box = el('section', 'bc-subsection')
  box.dataset.testid = 'deduction-rates'
  box.append(
    el('h4', '', translate(lang, 'Estimate.Rates')),
    definitionList([
      [translate(lang, 'Estimate.Leakage'), formatRatioAsPercent(d.leakageRatio, lang)],
      [translate(lang, 'Estimate.Uncertainty'), formatRatioAsPercent(d.uncertaintyRatio, lang)],
      [translate(lang, 'Estimate.Buffer'), formatRatioAsPercent(d.bufferRatio, lang)],
      [translate(lang, 'Estimate.UncertaintyRule'), d.uncertaintyRule],
    ]),
  )
  return box
}

function nonPermanenceBlock(result: AreaBasedResult, lang: Lang): HTMLElement | undefined {
  const n = result.nonPermanence
  if (!n) return undefined
  const box = el('section', 'bc-subsection')
  box.dataset.testid = 'non-permanence'
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key)
  const rows: [string, string][] = [
    [t('Estimate.RiskMethod'), optionLabel(n.method, lang)],
    [t('Estimate.InternalScore'), formatNumber(n.internalScore, lang)],
    [t('Estimate.ExternalScore'), formatNumber(n.externalScore, lang)],
    [t('Estimate.NaturalScore'), formatNumber(n.naturalScore, lang)],
    ...Object.entries(n.naturalByHazard).map(([hazard, score]): [string, string] => [
      translate(lang, 'Estimate.Hazard', { name: fieldLabel({ key: hazard, about: undefined }, lang) }),
      typeof score === 'number' ? formatNumber(score, lang) : score,
    ]),
    [t('Estimate.OverallRating'), formatNumber(n.overallRiskRating, lang)],
    [t('Estimate.BufferRatio'), formatRatioAsPercent(n.bufferRatio, lang)],
  ]
  box.append(el('h4', '', t('Estimate.NonPermanence')), definitionList(rows))
  if (n.minimumPercentApplied) box.append(el('p', 'bc-hint', t('Estimate.MinimumApplied')))
  if (n.failed) box.append(el('p', 'bc-error', t('Estimate.RiskFailed')))
  return box
}

/**
 * An estimate as the owner reads it: the headline, warnings, the chart of
 * yearly and cumulative net credits, the deductions per year with totals, and
 * the deduction rates and non-permanence score behind them.
 */
export function renderEstimateResult(result: AreaBasedResult, lang: Lang): HTMLElement {
  const root = el('div', 'bc-result')
  root.dataset.testid = 'estimate-result'
  const headline = el('p', 'bc-headline', translate(lang, 'Estimate.NetTotal', { years: result.years.length, value: formatNumber(result.totals.netCreditsTco2e, lang) }))
  headline.dataset.testid = 'estimate-net-total'
  root.append(headline, el('p', 'bc-hint', translate(lang, 'Estimate.AreaUsed', { area: formatAreaHa(result.areaHa, lang) })))
  root.append(el('p', 'bc-hint', translate(lang, 'Estimate.Withheld', { share: formatRatioAsPercent(withheldShareOfGross(result.totals), lang) })))
  if (result.warnings.length) {
    const list = el('ul', 'bc-warnings')
    list.dataset.testid = 'estimate-warnings'
    for (const w of result.warnings) list.append(el('li', '', w.message[lang]))
    root.append(el('h4', '', translate(lang, 'Estimate.Warnings')), list)
  }
  root.append(renderCreditsChart(result.years.map((y) => ({ year: y.year, netCreditsTco2e: y.netCreditsTco2e })), lang))
  const scroll = el('div', 'bc-table-scroll')
  scroll.append(deductionsTable(result, lang))
  root.append(scroll)
  for (const block of [ratesBlock(result, lang), nonPermanenceBlock(result, lang)]) if (block) root.append(block)
  return root
}

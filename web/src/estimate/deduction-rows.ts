import type { AreaBasedResult } from '../api/estimates.ts'
import type { MessageKey } from '../i18n/en.ts'

/** The columns of the year table, in the order the deductions are taken (VM0033 Eqs. 92–94). */
export const YEAR_COLUMNS = [
  { key: 'grossRemovalsTco2e', label: 'Estimate.Gross' },
  { key: 'baselineTco2e', label: 'Estimate.Baseline' },
  { key: 'projectEmissionsTco2e', label: 'Estimate.Emissions' },
  { key: 'leakageTco2e', label: 'Estimate.Leakage' },
  { key: 'uncertaintyDeductionTco2e', label: 'Estimate.Uncertainty' },
  { key: 'bufferTco2e', label: 'Estimate.Buffer' },
  { key: 'netCreditsTco2e', label: 'Estimate.Net' },
] as const satisfies readonly { key: keyof AreaBasedResult['totals']; label: MessageKey }[]

export type YearTableRow = { year: number | 'total'; values: number[] }

/**
 * Rows of the deductions table: one per year and the totals row exactly as
 * the API computed it (never re-added here, so the page and the API cannot
 * disagree).
 */
export function yearTableRows(result: Pick<AreaBasedResult, 'years' | 'totals'>): YearTableRow[] {
  const rows: YearTableRow[] = result.years.map((y) => ({ year: y.year, values: YEAR_COLUMNS.map((c) => y[c.key]) }))
  rows.push({ year: 'total', values: YEAR_COLUMNS.map((c) => result.totals[c.key]) })
  return rows
}

/**
 * Share of gross removals withheld by leakage, uncertainty and buffer together
 * (a ratio; 0 when nothing was removed).
 */
export function withheldShareOfGross(totals: AreaBasedResult['totals']): number {
  if (!(totals.grossRemovalsTco2e > 0)) return 0
  return (totals.leakageTco2e + totals.uncertaintyDeductionTco2e + totals.bufferTco2e) / totals.grossRemovalsTco2e
}

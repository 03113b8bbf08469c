import { TCO2E_KEYS } from '../../methodologies/types.ts'

/** Columns of the CSV export, in the order of the area-based result contract (issue 4). */
export const CSV_COLUMNS = TCO2E_KEYS

type Row = Record<(typeof CSV_COLUMNS)[number], number>
export type AreaBasedLike = {
  methodology: { id: string; version: string }
  areaHa: number
  years: (Row & { year: number })[]
  totals: Row
}

export function isAreaBased(result: unknown): result is AreaBasedLike {
  const r = result as Partial<AreaBasedLike> | null
  return !!r && Array.isArray(r.years) && typeof r.totals === 'object' && r.totals !== null && typeof r.areaHa === 'number'
}

function cell(value: string | number): string {
  const s = String(value)
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

/**
 * One line per (site, year) plus a `total` line per site; numbers unrounded so
 * a spreadsheet can sum them back to the totals.
 *
 * @param results one result per site, with the site's label ('' for a single estimate)
 */
export function toCsv(results: { site: string; result: AreaBasedLike }[]): string {
  const header = ['site', 'methodology', 'version', 'areaHa', 'year', ...CSV_COLUMNS].join(',')
  const lines = [header]
  for (const { site, result } of results) {
    const prefix = [site, result.methodology.id, result.methodology.version, result.areaHa]
    for (const y of result.years) lines.push([...prefix, y.year, ...CSV_COLUMNS.map((c) => y[c])].map(cell).join(','))
    lines.push([...prefix, 'total', ...CSV_COLUMNS.map((c) => result.totals[c])].map(cell).join(','))
  }
  return `${lines.join('\n')}\n`
}

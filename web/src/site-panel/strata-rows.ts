import type { MultiPolygon } from 'geojson'
import type { Stratum, StratumInput } from '../api/sites.ts'
import { parseNumber } from '../forms/form-state.ts'
import type { MessageKey } from '../i18n/en.ts'
import type { MessageParams } from '../i18n/translate.ts'

/** One row of the strata editor as typed. A drawn stratum keeps its polygon; its share is then derived by the server. */
export type StrataRow = {
  name: string
  species: string
  areaPercent: string
  plantingYear: string
  density: string
  survival: string
  geometry: MultiPolygon | null
}

export type RowProblem = { path: string; key: MessageKey; params?: MessageParams }

const text = (v: number | null) => (v === null ? '' : String(v))

export function rowsFromStrata(strata: readonly Stratum[]): StrataRow[] {
  return strata.map((s) => ({
    name: s.name ?? '',
    species: s.species,
    areaPercent: String(s.areaPercent),
    plantingYear: text(s.plantingYear),
    density: text(s.plantingDensityTreesPerHa),
    survival: text(s.survivalPercent),
    geometry: s.geometry ?? null,
  }))
}

export function emptyRow(): StrataRow {
  return { name: '', species: 'kandelia-obovata', areaPercent: '', plantingYear: '', density: '', survival: '', geometry: null }
}

type Check = { min: number; max: number; exclusiveMin?: boolean; integer?: boolean; required?: boolean }

function readNumber(raw: string, path: string, check: Check, problems: RowProblem[]): number | undefined {
  if (raw.trim() === '') {
    if (check.required) problems.push({ path, key: 'Form.Required' })
    return undefined
  }
  const value = parseNumber(raw)
  if (value === undefined) problems.push({ path, key: 'Form.NotANumber' })
  else if (check.integer && !Number.isInteger(value)) problems.push({ path, key: 'Form.NotInteger' })
  else if (check.exclusiveMin ? value <= check.min : value < check.min) problems.push({ path, key: check.exclusiveMin ? 'Form.MustExceed' : 'Form.AtLeast', params: { min: check.min } })
  else if (value > check.max) problems.push({ path, key: 'Form.AtMost', params: { max: check.max } })
  return value
}

/**
 * The rows as the API's strata, checked against the same bounds the API
 * applies (api/routes/sites/schema.ts stratumInput), when the user saves.
 * Shares of share-only strata may not add up to more than 100 %.
 */
export function strataFromRows(rows: readonly StrataRow[]): { strata: StratumInput[]; problems: RowProblem[] } {
  const problems: RowProblem[] = []
  let shareSum = 0
  const strata = rows.map((row, i): StratumInput => {
    const at = (key: string) => `strata[${i}].${key}`
    if (row.species.trim() === '') problems.push({ path: at('species'), key: 'Form.Required' })
    const plantingYear = readNumber(row.plantingYear, at('plantingYear'), { min: 1900, max: 2200, integer: true }, problems)
    const density = readNumber(row.density, at('plantingDensityTreesPerHa'), { min: 0, max: 100_000, exclusiveMin: true }, problems)
    const survival = readNumber(row.survival, at('survivalPercent'), { min: 0, max: 100 }, problems)
    const common = {
      ...(row.name.trim() ? { name: row.name.trim() } : {}),
      species: row.species.trim(),
      ...(plantingYear !== undefined ? { plantingYear } : {}),
      ...(density !== undefined ? { plantingDensityTreesPerHa: density } : {}),
      ...(survival !== undefined ? { survivalPercent: survival } : {}),
    }
    if (row.geometry) return { ...common, geometry: row.geometry }
    const share = readNumber(row.areaPercent, at('areaPercent'), { min: 0, max: 100, exclusiveMin: true, required: true }, problems)
    shareSum += share ?? 0
    return { ...common, areaPercent: share ?? 0 }
  })
  // The API allows 0.01 percentage points of rounding (api/geo/geometry-limits.ts).
  if (shareSum > 100.01) problems.push({ path: 'strata', key: 'Strata.SumTooHigh', params: { sum: Number(shareSum.toFixed(2)) } })
  return { strata, problems }
}

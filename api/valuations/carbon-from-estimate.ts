import { areaBasedResultSchema } from '../../methodologies/types.ts'
import type { EstimateRow } from '../db/queries/estimates.ts'
import type { CarbonBasis } from './basis.schema.ts'

export type CarbonYear = { year: number; tco2e: number }

/**
 * The site's physical sequestration per year from its latest saved estimate:
 * gross removals minus project emissions (issue 6 §3), not net credits — GEP
 * values what the ecosystem does, before baseline, leakage, uncertainty and
 * buffer deductions that only matter for crediting.
 *
 * A year where emissions exceed removals is a net source; the sequestration
 * service is then 0 t that year (recorded in `netEmissionYears`), because the
 * GEP model prices a service flow and has no negative carbon quantity.
 */
export function carbonFromEstimate(row: EstimateRow | undefined): { byYear: CarbonYear[] | null; basis: CarbonBasis } {
  if (!row) return { byYear: null, basis: { status: 'no-estimate' } }
  const methodology = { id: row.methodologyId, version: row.methodologyVersion }
  const parsed = areaBasedResultSchema.safeParse(row.outputs)
  if (!parsed.success || parsed.data.years.length === 0) {
    return { byYear: null, basis: { status: 'unsupported-estimate', estimateId: row.id, methodology } }
  }
  const netEmissionYears: number[] = []
  const byYear = parsed.data.years.map((y) => {
    const physical = y.grossRemovalsTco2e - y.projectEmissionsTco2e
    if (physical < 0) netEmissionYears.push(y.year)
    return { year: y.year, tco2e: Math.max(0, physical) }
  })
  const years = byYear.map((y) => y.year)
  return {
    byYear,
    basis: {
      status: 'estimate',
      estimateId: row.id,
      contentHash: row.contentHash,
      methodology,
      fromYear: Math.min(...years),
      toYear: Math.max(...years),
      netEmissionYears,
    },
  }
}

import { assumption } from '../shared/citations.ts'
import { scaleCurve, type GrowthCurve } from '../shared/growth-curves.ts'
import type { Citation } from '../types.ts'
import { SPECIES } from './species.ts'
import type { MangroveInput } from './spec.ts'

type Stratum = MangroveInput['strata'][number]

/**
 * The model a stratum grows by when none is named: a given linear rate keeps
 * the linear model (as the §10 worked example); otherwise the species curve.
 */
export function growthKind(s: Pick<Stratum, 'growthModel' | 'agbGrowthTdmPerHaPerYear' | 'species'>): 'linear' | 'chapman-richards' {
  if (s.growthModel) return s.growthModel.kind
  return s.agbGrowthTdmPerHaPerYear === undefined && SPECIES[s.species].agbCurve ? 'chapman-richards' : 'linear'
}

/**
 * A stratum's AGB curve (t d.m./ha by age) with species defaults filled in
 * and survival applied, and the source to show beside it. The schema refuses
 * a stratum whose missing numbers have no species default, so a gap here is
 * a programming error.
 */
export function resolveAgbCurve(s: Stratum): { curve: GrowthCurve; source: Citation; usesDefaultLinear: boolean } {
  const record = SPECIES[s.species]
  const survival = s.survivalPercent / 100
  if (growthKind(s) === 'linear') {
    const rate = s.agbGrowthTdmPerHaPerYear ?? record.agbGrowth?.tdmPerHaPerYear
    if (rate === undefined) throw new Error(`mangrove-afforestation: no growth rate for ${s.species} (input not validated)`)
    const source = s.agbGrowthTdmPerHaPerYear === undefined ? record.agbGrowth!.source : assumption('Site-supplied linear AGB growth rate')
    return { curve: scaleCurve({ kind: 'linear', incrementPerYear: rate }, survival), source, usesDefaultLinear: s.agbGrowthTdmPerHaPerYear === undefined }
  }
  const given = s.growthModel?.kind === 'chapman-richards' ? s.growthModel : undefined
  const d = record.agbCurve
  const max = given?.agbMaxTdmPerHa ?? d?.maxTdmPerHa
  const rateKPerYear = given?.rateKPerYear ?? d?.rateKPerYear
  const shapeP = given?.shapeP ?? d?.shapeP
  if (max === undefined || rateKPerYear === undefined || shapeP === undefined) {
    throw new Error(`mangrove-afforestation: incomplete Chapman-Richards parameters for ${s.species} (input not validated)`)
  }
  const allDefault = given?.agbMaxTdmPerHa === undefined && given?.rateKPerYear === undefined && given?.shapeP === undefined
  // A site's own curve is held only where the site says so; the species fit stops at its last observed age.
  const hold = given?.holdAfterAgeYears ?? (allDefault ? d?.holdAfterAgeYears : undefined)
  const curve: GrowthCurve = { kind: 'chapman-richards', max, rateKPerYear, shapeP, ...(hold !== undefined ? { holdAfterAgeYears: hold } : {}) }
  const source = allDefault && given?.holdAfterAgeYears === undefined ? d!.source : assumption('Site-supplied Chapman-Richards AGB parameters (missing ones from the species fit)')
  return { curve: scaleCurve(curve, survival), source, usesDefaultLinear: false }
}

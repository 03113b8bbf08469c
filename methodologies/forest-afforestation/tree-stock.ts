import { treeCarbonTco2ePerHa } from '../shared/ar-tool14-biomass.ts'
import { assumption } from '../shared/citations.ts'
import { sizeAtAge, type GrowthCurve } from '../shared/growth-curves.ts'
import type { Citation } from '../types.ts'
import { FOREST_SPECIES_RECORDS } from './species.ts'
import type { ForestInput } from './spec.ts'

type Stratum = ForestInput['strata'][number]

/** A stratum's growth parameters once species defaults are filled in. */
export type ForestGrowth = {
  /** Stem volume over bark by age, m³/ha. */
  curve: GrowthCurve
  woodDensityTdmPerM3: number
  biomassExpansionFactor: number
  /** Fixed root:shoot ratio, or undefined for the AR-TOOL14 formula. */
  rootShootRatio: number | undefined
}

/**
 * Fills a stratum's missing growth and density from its species record
 * (species.ts). The schema refuses a stratum whose species has no default, so
 * a missing value here is a programming error, not a zero. The species' hold
 * age applies only to its own default growth; a site's increment or curve is
 * held only where the site says so.
 */
export function resolveForestGrowth(s: Stratum): ForestGrowth & { usedDefaults: boolean; source: Citation } {
  const record = FOREST_SPECIES_RECORDS[s.species]
  const density = s.woodDensityTdmPerM3 ?? record.woodDensity?.value
  const given = s.growthModel
  let curve: GrowthCurve
  let source: Citation
  let growthDefaulted = false
  if (given?.kind === 'chapman-richards') {
    const { stemVolumeMaxM3PerHa: max, rateKPerYear, shapeP, holdAfterAgeYears } = given
    curve = { kind: 'chapman-richards', max, rateKPerYear, shapeP, ...(holdAfterAgeYears !== undefined ? { holdAfterAgeYears } : {}) }
    source = assumption('Site-supplied Chapman-Richards stem-volume curve (local yield table)')
  } else {
    const volume = s.stemVolumeIncrementM3PerHaPerYear ?? record.stemVolumeIncrement?.value
    if (volume === undefined) throw new Error(`forest-afforestation: no growth for species ${s.species} (input not validated)`)
    growthDefaulted = s.stemVolumeIncrementM3PerHaPerYear === undefined
    const hold = given?.holdAfterAgeYears ?? (growthDefaulted ? record.holdAfterAge?.value : undefined)
    curve = { kind: 'linear', incrementPerYear: volume, ...(hold !== undefined ? { holdAfterAgeYears: hold } : {}) }
    source = growthDefaulted ? record.stemVolumeIncrement!.source : assumption('Site-supplied mean annual stem volume increment')
  }
  if (density === undefined) throw new Error(`forest-afforestation: no wood density for species ${s.species} (input not validated)`)
  return {
    curve,
    woodDensityTdmPerM3: density,
    biomassExpansionFactor: s.biomassExpansionFactor,
    rootShootRatio: s.rootShootRatio,
    usedDefaults: growthDefaulted || s.woodDensityTdmPerM3 === undefined,
    source,
  }
}

/**
 * Tree carbon per hectare at a stand age by the volume route (AR-TOOL14 App. 1
 * Eq. 5 and Eq. 12): AGB = V(age) × D × BEF_2; C = 44/12 × CF × AGB × (1 + R),
 * with V(age) from the stratum's growth curve.
 *
 * @returns t CO2e/ha
 * @example forestTreeStockTco2ePerHa(5, { curve: { kind: 'linear', incrementPerYear: 20 }, woodDensityTdmPerM3: 0.5, biomassExpansionFactor: 1.15, rootShootRatio: undefined }, 0.47) // AGB 57.5 t/ha → 123.861
 */
export function forestTreeStockTco2ePerHa(
  ageYears: number,
  s: ForestGrowth,
  carbonFraction: number,
): number {
  if (ageYears <= 0) return 0
  const agb = sizeAtAge(s.curve, ageYears) * s.woodDensityTdmPerM3 * s.biomassExpansionFactor
  return treeCarbonTco2ePerHa(agb, s.rootShootRatio, carbonFraction)
}

import { treeCarbonTco2ePerHa } from '../shared/ar-tool14-biomass.ts'
import { FOREST_SPECIES_RECORDS } from './species.ts'
import type { ForestInput } from './spec.ts'

type Stratum = ForestInput['strata'][number]

/** A stratum's growth parameters once species defaults are filled in. */
export type ForestGrowth = {
  stemVolumeIncrementM3PerHaPerYear: number
  woodDensityTdmPerM3: number
  biomassExpansionFactor: number
  /** Fixed root:shoot ratio, or undefined for the AR-TOOL14 formula. */
  rootShootRatio: number | undefined
}

/**
 * Fills a stratum's missing growth and density from its species record
 * (species.ts). The schema refuses a stratum whose species has no default, so
 * a missing value here is a programming error, not a zero.
 */
export function resolveForestGrowth(s: Stratum): ForestGrowth & { usedDefaults: boolean } {
  const record = FOREST_SPECIES_RECORDS[s.species]
  const volume = s.stemVolumeIncrementM3PerHaPerYear ?? record.stemVolumeIncrement?.value
  const density = s.woodDensityTdmPerM3 ?? record.woodDensity?.value
  if (volume === undefined || density === undefined) {
    throw new Error(`forest-afforestation: no growth or wood density for species ${s.species} (input not validated)`)
  }
  return {
    stemVolumeIncrementM3PerHaPerYear: volume,
    woodDensityTdmPerM3: density,
    biomassExpansionFactor: s.biomassExpansionFactor,
    rootShootRatio: s.rootShootRatio,
    usedDefaults: s.stemVolumeIncrementM3PerHaPerYear === undefined || s.woodDensityTdmPerM3 === undefined,
  }
}

/**
 * Tree carbon per hectare at a stand age by the volume route (AR-TOOL14 App. 1
 * Eq. 5 and Eq. 12): AGB = V × D × BEF_2; C = 44/12 × CF × AGB × (1 + R).
 *
 * @returns t CO2e/ha
 * @example forestTreeStockTco2ePerHa(5, { stemVolumeIncrementM3PerHaPerYear: 20, woodDensityTdmPerM3: 0.5, biomassExpansionFactor: 1.15, rootShootRatio: undefined }, 0.47) // AGB 57.5 t/ha → 123.861
 */
export function forestTreeStockTco2ePerHa(
  ageYears: number,
  s: ForestGrowth,
  carbonFraction: number,
): number {
  if (ageYears <= 0) return 0
  const agb = s.stemVolumeIncrementM3PerHaPerYear * ageYears * s.woodDensityTdmPerM3 * s.biomassExpansionFactor
  return treeCarbonTco2ePerHa(agb, s.rootShootRatio, carbonFraction)
}

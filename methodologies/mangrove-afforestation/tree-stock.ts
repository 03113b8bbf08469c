import { treeCarbonTco2ePerHa } from '../shared/ar-tool14-biomass.ts'

export type StandGrowth = {
  agbGrowthTdmPerHaPerYear: number
  agbCapTdmPerHa: number
  /** Fixed root:shoot ratio, or undefined for the AR-TOOL14 formula. */
  rootShootRatio: number | undefined
  carbonFraction: number
}

/**
 * Tree carbon stock per hectare at a stand age, with linear AGB growth
 * (methodologies.md §10 A4) and AR-TOOL14 Eq. 12: C = 44/12 × CF × (AGB + BGB).
 *
 * @param ageYears years since planting at the end of the year (planted at its start); ≤ 0 → 0
 * @returns t CO2e/ha
 * @example treeStockTco2ePerHa(20, { agbGrowthTdmPerHaPerYear: 4.33, agbCapTdmPerHa: Infinity, rootShootRatio: undefined, carbonFraction: 0.47 }) // ≈ 185.43
 */
export function treeStockTco2ePerHa(ageYears: number, g: StandGrowth): number {
  if (ageYears <= 0) return 0
  const agb = Math.min(g.agbGrowthTdmPerHaPerYear * ageYears, g.agbCapTdmPerHa)
  return treeCarbonTco2ePerHa(agb, g.rootShootRatio, g.carbonFraction)
}

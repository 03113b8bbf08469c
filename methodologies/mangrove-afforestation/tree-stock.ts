import { treeCarbonTco2ePerHa } from '../shared/ar-tool14-biomass.ts'
import { sizeAtAge, type GrowthCurve } from '../shared/growth-curves.ts'

export type StandGrowth = {
  /** Above-ground biomass by age, t d.m./ha. */
  curve: GrowthCurve
  agbCapTdmPerHa: number
  /** Fixed root:shoot ratio, or undefined for the AR-TOOL14 formula. */
  rootShootRatio: number | undefined
  carbonFraction: number
}

/**
 * Tree carbon stock per hectare at a stand age: AGB from the growth curve
 * (capped), then AR-TOOL14 Eq. 12: C = 44/12 × CF × (AGB + BGB).
 *
 * @param ageYears years since planting at the end of the year (planted at its start); ≤ 0 → 0
 * @returns t CO2e/ha
 * @example treeStockTco2ePerHa(20, { curve: { kind: 'linear', incrementPerYear: 4.33 }, agbCapTdmPerHa: Infinity, rootShootRatio: undefined, carbonFraction: 0.47 }) // ≈ 185.43
 */
export function treeStockTco2ePerHa(ageYears: number, g: StandGrowth): number {
  if (ageYears <= 0) return 0
  const agb = Math.min(sizeAtAge(g.curve, ageYears), g.agbCapTdmPerHa)
  return treeCarbonTco2ePerHa(agb, g.rootShootRatio, g.carbonFraction)
}

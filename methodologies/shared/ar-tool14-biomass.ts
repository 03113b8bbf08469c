import { CO2_PER_C } from '../units.ts'

/**
 * Below-ground biomass by the AR-TOOL14 App. 1 default root:shoot formula,
 * R = exp(−1.085 + 0.9256 ln b) / b, so BGB = R × b = exp(−1.085 + 0.9256 ln b).
 *
 * @param agbTdmPerHa above-ground biomass b, t d.m./ha
 * @returns below-ground biomass, t d.m./ha
 * @example bgbFromArTool14(86.6) // ≈ 21.00 (methodologies.md §10 Step 1)
 * @see AR-TOOL14 v04.2 Appendix 1
 */
export function bgbFromArTool14(agbTdmPerHa: number): number {
  return agbTdmPerHa > 0 ? Math.exp(-1.085 + 0.9256 * Math.log(agbTdmPerHa)) : 0
}

/**
 * Tree carbon per hectare from above-ground biomass (AR-TOOL14 Eq. 12):
 * C = 44/12 × CF × (AGB + BGB), BGB by a fixed root:shoot ratio or the App. 1 formula.
 *
 * @param agbTdmPerHa above-ground biomass, t d.m./ha
 * @param rootShootRatio fixed R, or undefined for the AR-TOOL14 formula
 * @param carbonFraction CF_TREE, t C/t d.m.
 * @returns t CO2e/ha
 */
export function treeCarbonTco2ePerHa(agbTdmPerHa: number, rootShootRatio: number | undefined, carbonFraction: number): number {
  const bgb = rootShootRatio === undefined ? bgbFromArTool14(agbTdmPerHa) : agbTdmPerHa * rootShootRatio
  return CO2_PER_C * carbonFraction * (agbTdmPerHa + bgb)
}

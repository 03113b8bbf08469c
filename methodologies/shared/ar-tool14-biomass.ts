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

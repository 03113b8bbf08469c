/**
 * Stand growth as a function of age, for the ex-ante projections of AR-TOOL14
 * §8.2 (paras 45–48: growth models and yield curves). The size is whatever the
 * methodology grows (above-ground biomass in t d.m./ha for mangroves, stem
 * volume in m³/ha for the forest volume route).
 *
 * `holdAfterAgeYears` is where the curve stops being trusted: past it the size
 * is held at its value there (the last observed age, or the end of a rotation),
 * so nothing is extrapolated beyond what a source observed.
 */
export type GrowthCurve =
  | { kind: 'linear'; incrementPerYear: number; holdAfterAgeYears?: number }
  | { kind: 'chapman-richards'; max: number; rateKPerYear: number; shapeP: number; holdAfterAgeYears?: number }

/**
 * Chapman-Richards: y(t) = max × (1 − e^(−k t))^p.
 *
 * @param ageYears t, years since planting
 * @returns y(t) in the unit of `max`
 * @example chapmanRichards(1, 751, 0.03835, 3) // ≈ 0.0400 (S19 age-1 Kandelia AGB, t/ha)
 * @see http://blogg.slu.se/forest-biometrics/2017/03/11/the-chapman-richards-growth-function/
 */
export function chapmanRichards(ageYears: number, max: number, rateKPerYear: number, shapeP: number): number {
  return max * (1 - Math.exp(-rateKPerYear * ageYears)) ** shapeP
}

/**
 * Size of the stand at an age, held at `holdAfterAgeYears` when given.
 *
 * @param ageYears years since planting at the end of the year; ≤ 0 → 0
 * @returns size in the curve's unit (t d.m./ha or m³/ha)
 * @example sizeAtAge({ kind: 'linear', incrementPerYear: 4.33 }, 20) // 86.6
 */
export function sizeAtAge(curve: GrowthCurve, ageYears: number): number {
  if (ageYears <= 0) return 0
  const t = curve.holdAfterAgeYears === undefined ? ageYears : Math.min(ageYears, curve.holdAfterAgeYears)
  return curve.kind === 'linear' ? curve.incrementPerYear * t : chapmanRichards(t, curve.max, curve.rateKPerYear, curve.shapeP)
}

/** Scales a curve's size by a factor (e.g. survival relative to the reference stands). */
export function scaleCurve(curve: GrowthCurve, factor: number): GrowthCurve {
  return curve.kind === 'linear' ? { ...curve, incrementPerYear: curve.incrementPerYear * factor } : { ...curve, max: curve.max * factor }
}

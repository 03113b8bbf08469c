/*
 * Disturbance bookkeeping and emissions of one pool, as InVEST implements them
 * (_track_disturbance, _calculate_emissions, _calculate_net_sequestration).
 */

/** Carbon disturbed by the latest disturbance of a pool, and the year it happened. */
export type Disturbance = { volumeTco2ePerHa: number; year: number }

/** numpy.isclose(x, 0) with its default atol, which InVEST uses to tell "no emission" and "no half-life". */
export function isCloseToZero(x: number): boolean {
  return Math.abs(x) <= 1e-8
}

/**
 * Disturbance on record after a snapshot. A non-zero magnitude disturbs that
 * share of the stock at the start of the snapshot year and replaces any earlier
 * record; a zero magnitude keeps the earlier record, so emissions from an
 * earlier disturbance carry on (with the new period's half-life).
 *
 * @param disturbanceRatio share of the stock disturbed (0–1)
 * @param stockTco2ePerHa pool stock at the start of `year` (tCO2e/ha)
 * @param prior the record before this snapshot, or null
 * @param year the snapshot year
 * @returns the record after this snapshot, or null if the pool was never disturbed
 * @example trackDisturbance(0.5, 10, null, 2010) // { volumeTco2ePerHa: 5, year: 2010 }
 * @see natcap/invest coastal_blue_carbon.py `_track_disturbance`
 */
export function trackDisturbance(
  disturbanceRatio: number,
  stockTco2ePerHa: number,
  prior: Disturbance | null,
  year: number,
): Disturbance | null {
  if (disturbanceRatio === 0) return prior
  // A stock emptied by an earlier disturbance can sit a rounding error below
  // zero (e.g. −1e-8); disturbing it must not turn into a negative emission.
  return { volumeTco2ePerHa: Math.max(0, disturbanceRatio * stockTco2ePerHa), year }
}

/**
 * Emission of one pool in `year`. Emissions start in the disturbance year
 * itself (InVEST: "Emissions happen immediately"), so year s + k emits
 * D·(0.5^(k/H) − 0.5^((k+1)/H)); the user's guide eq. cbc_emissions is one
 * year later. A half-life of 0 means no emissions.
 *
 * @param disturbance latest disturbance on record, or null
 * @param halfLifeYears half-life in force in this period (years)
 * @param year calendar year
 * @returns emission in tCO2e/ha (≥ 0 for a non-negative volume)
 * @example emissionInYear({ volumeTco2ePerHa: 5.5, year: 10 }, 7.5, 15) // ≈ 0.3058625
 * @see natcap/invest coastal_blue_carbon.py `_calculate_emissions`
 */
export function emissionInYear(disturbance: Disturbance | null, halfLifeYears: number, year: number): number {
  if (!disturbance || isCloseToZero(halfLifeYears)) return 0
  const elapsed = year - disturbance.year
  return disturbance.volumeTco2ePerHa * (0.5 ** (elapsed / halfLifeYears) - 0.5 ** ((elapsed + 1) / halfLifeYears))
}

/**
 * A pool either emits or accumulates in a year, never both; emissions win
 * unless they are numerically zero.
 *
 * @returns net sequestration of the pool in tCO2e/ha (negative when emitting)
 * @see natcap/invest coastal_blue_carbon.py `_calculate_net_sequestration`
 */
export function netSequestration(accumulationTco2ePerHa: number, emissionTco2ePerHa: number): number {
  return isCloseToZero(emissionTco2ePerHa) ? accumulationTco2ePerHa : -emissionTco2ePerHa
}

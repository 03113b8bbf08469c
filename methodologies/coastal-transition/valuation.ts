import type { Valuation } from './valuation.schema.ts'

/**
 * Price of one tCO2e in every year from the baseline to `lastYear` − 1, the
 * years whose sequestration is valued. Inflation mode grows the base-year
 * price yearly: p_y = price·(1 + i)^(y − baseline), InVEST `execute`.
 *
 * @returns year → CNY/tCO2e
 * @example priceSchedule({ priceSource: 'inflation', price: 10, inflationRatePercent: 5, … }, 2000, 2002) // {2000 → 10, 2001 → 10.5}
 */
export function priceSchedule(valuation: Valuation, baselineYear: number, lastYear: number): Map<number, number> {
  const prices = new Map<number, number>()
  const table = valuation.priceSource === 'table' ? new Map(valuation.priceTable.map((r) => [r.year, r.price])) : null
  for (let year = baselineYear; year < lastYear; year++) {
    const price =
      valuation.priceSource === 'table'
        ? table?.get(year)
        : valuation.price * (1 + valuation.inflationRatePercent / 100) ** (year - baselineYear)
    // The spec refuses a table with gaps; reaching this is a programmer error.
    if (price === undefined) throw new Error(`coastal-transition: no price for ${year}; validate input with the spec first`)
    prices.set(year, price)
  }
  return prices
}

/** 1 / (1 + d)^(year − baseline): a year's value is discounted to the baseline year. */
export function discountFactor(discountRatePercent: number, baselineYear: number, year: number): number {
  return 1 / (1 + discountRatePercent / 100) ** (year - baselineYear)
}

/**
 * InVEST's "valuation_factor": F(T) = Σ_{y=baseline}^{T−1} p_y / (1 + d)^(y − baseline).
 *
 * @returns CNY/tCO2e
 * @see natcap/invest coastal_blue_carbon.py `_calculate_npv`
 */
export function investValuationFactor(
  prices: ReadonlyMap<number, number>,
  discountRatePercent: number,
  baselineYear: number,
  targetYear: number,
): number {
  let factor = 0
  for (let year = baselineYear; year < targetYear; year++) {
    factor += (prices.get(year) ?? Number.NaN) * discountFactor(discountRatePercent, baselineYear, year)
  }
  return factor
}

/**
 * Net present value at each target year, discounted to the baseline year.
 * - `invest`: NPV_T = F(T) · Σ_{y<T} N_y, InVEST's code (not time-matched:
 *   every tonne is valued at the sum of all discounted prices up to T).
 * - `dcf`: NPV_T = Σ_{y<T} p_y · N_y / (1 + d)^(y − baseline), each year's net
 *   sequestration at its own price and discount (the user's guide's intent,
 *   eq. cbc_net_present_value, with InVEST's year indexing).
 *
 * @param netByYear net sequestration per year (tCO2e/ha), baseline .. last − 1
 * @returns target year → CNY/ha
 */
export function npvByYear(
  valuation: Valuation,
  netByYear: ReadonlyMap<number, number>,
  baselineYear: number,
  targetYears: readonly number[],
): Map<number, number> {
  const lastYear = Math.max(baselineYear, ...targetYears)
  const prices = priceSchedule(valuation, baselineYear, lastYear)
  const d = valuation.discountRatePercent
  const result = new Map<number, number>()
  for (const target of targetYears) {
    let total = 0
    let discounted = 0
    for (let year = baselineYear; year < target; year++) {
      const net = netByYear.get(year) ?? 0
      total += net
      discounted += (prices.get(year) ?? Number.NaN) * net * discountFactor(d, baselineYear, year)
    }
    result.set(
      target,
      valuation.mode === 'invest' ? investValuationFactor(prices, d, baselineYear, target) * total : discounted,
    )
  }
  return result
}

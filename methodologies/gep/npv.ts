/**
 * Discounting convention: flows are valued at constant valuation-year prices and
 * fall at the END of each year, so the first horizon year is discounted once.
 * A constant flow V over n years then has the ordinary-annuity value
 * V·(1 − (1+r)^−n)/r. The rate is therefore a real rate (prices do not escalate).
 */

/**
 * @param yearIndex 0 for the valuation year, 1 for the next, …
 * @param discountRatePercent real discount rate in percent (5 means 5 %)
 * @returns ratio by which a flow of that year is multiplied
 */
export function discountFactor(yearIndex: number, discountRatePercent: number): number {
  return 1 / (1 + discountRatePercent / 100) ** (yearIndex + 1)
}

/**
 * Net present value of yearly flows.
 *
 * @param flowsCny one flow per horizon year, CNY, valuation year first
 * @param discountRatePercent real discount rate in percent
 * @returns CNY (unrounded)
 * @example presentValueCny([100, 100], 10) // 100/1.1 + 100/1.21 = 173.55…
 */
export function presentValueCny(flowsCny: readonly number[], discountRatePercent: number): number {
  let sum = 0
  flowsCny.forEach((flow, i) => {
    sum += flow * discountFactor(i, discountRatePercent)
  })
  return sum
}

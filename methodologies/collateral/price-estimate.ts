import { z } from 'zod'

/**
 * Calibration of the geometric Brownian motion of carbon prices from a seeded
 * price series. Pure: the caller (API) reads the series from the database and
 * passes its rows; nothing here knows where they came from.
 *
 * The seeded series are sparse (annual averages, annual highs and lows, a few
 * closes), so two textbook estimators are used, each on what the rows allow:
 * - drift: the mean log change between consecutive calendar-year averages,
 *   μ_log = ln(A_last / A_first) / (years between them); the arithmetic drift
 *   reported for GBM is μ = μ_log + σ²/2 (E[S_t] = S_0·e^{μt}).
 * - volatility: Parkinson's range estimator on each year's high/low,
 *   σ² = (ln(H/L))² / (4 ln 2) per year, averaged over the window's years
 *   (Parkinson 1980, J. Business 53(1):61–65). Highs and lows of daily closes
 *   understate the intraday range, so this errs low for liquid markets; for
 *   GDEA 2019–2022 it gives ≈ 33 %, next to the 32.2 % computed from daily log
 *   returns in finance-risk-addendum.md §4.2.
 *   Years without a high/low fall back to the standard deviation of the
 *   annual-average log changes, which understates volatility (averaging
 *   smooths it by about 1/√3); the result says which method was used.
 */
export const priceObservationSchema = z.strictObject({
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  statistic: z.enum(['average', 'close', 'high', 'low', 'deal']),
  priceCnyPerTco2e: z.number().positive().max(100_000),
})
export type PriceObservation = z.infer<typeof priceObservationSchema>

export type PriceModelEstimate = {
  driftPercentPerYear: number
  volatilityPercentPerYear: number
  /** The series' latest close or average (any period), the price today. */
  startPriceCnyPerTco2e: number
  startPriceDate: string
  window: { fromYear: number; toYear: number }
  driftMethod: 'annual-average-log-change'
  volatilityMethod: 'parkinson-annual-range' | 'annual-average-log-change-sd'
  yearsUsed: number[]
}

type YearStats = { average?: number; high?: number; low?: number }

function isFullCalendarYear(o: PriceObservation): boolean {
  const y = o.periodStart.slice(0, 4)
  return o.periodEnd.slice(0, 4) === y && o.periodEnd.slice(5) === '12-31' && o.periodStart.slice(5) <= '03-31'
}

/**
 * @param observations rows of one series, any order
 * @param windowYears calendar years in the window, ending with the last year that has a full-year average (or `endYear`)
 * @param endYear optional last year of the window
 * @returns the estimate, or null when the window holds fewer than two annual averages
 * @example estimatePriceModel(gdeaRows, 4, 2022) // GDEA 2019–2022
 */
export function estimatePriceModel(observations: readonly PriceObservation[], windowYears: number, endYear?: number): PriceModelEstimate | null {
  const byYear = new Map<number, YearStats>()
  for (const o of observations) {
    if (!isFullCalendarYear(o)) continue
    const year = Number(o.periodStart.slice(0, 4))
    const stats = byYear.get(year) ?? {}
    if (o.statistic === 'average') stats.average = o.priceCnyPerTco2e
    if (o.statistic === 'high') stats.high = o.priceCnyPerTco2e
    if (o.statistic === 'low') stats.low = o.priceCnyPerTco2e
    byYear.set(year, stats)
  }
  const averaged = [...byYear.entries()]
    .filter(([y, s]) => s.average !== undefined && (endYear === undefined || y <= endYear))
    .map(([y]) => y)
    .sort((a, b) => a - b)
  const lastAveraged = averaged.at(-1)
  const years = lastAveraged === undefined ? [] : averaged.filter((y) => y > lastAveraged - windowYears)
  if (years.length < 2) return null
  const first = years[0]!
  const last = years[years.length - 1]!

  const logChanges = years.slice(1).map((y, i) => Math.log(byYear.get(y)!.average! / byYear.get(years[i]!)!.average!) / (y - years[i]!))
  const driftLog = Math.log(byYear.get(last)!.average! / byYear.get(first)!.average!) / (last - first)

  const ranges = years.map((y) => byYear.get(y)!).filter((s) => s.high !== undefined && s.low !== undefined && s.high >= s.low)
  let variance: number
  let volatilityMethod: PriceModelEstimate['volatilityMethod']
  if (ranges.length > 0) {
    variance = ranges.reduce((acc, s) => acc + Math.log(s.high! / s.low!) ** 2, 0) / (4 * Math.LN2 * ranges.length)
    volatilityMethod = 'parkinson-annual-range'
  } else {
    const mean = logChanges.reduce((a, b) => a + b, 0) / logChanges.length
    variance = logChanges.length > 1 ? logChanges.reduce((acc, r) => acc + (r - mean) ** 2, 0) / (logChanges.length - 1) : 0
    volatilityMethod = 'annual-average-log-change-sd'
  }

  // Today's price: the latest close or average of the whole series (a close wins a tie: it is a price, not a mean).
  const latest = observations
    .filter((o) => o.statistic === 'close' || o.statistic === 'average')
    .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || (a.statistic === 'close' ? 1 : -1))
    .at(-1)!

  const sigma = Math.sqrt(variance)
  return {
    driftPercentPerYear: round4((driftLog + variance / 2) * 100),
    volatilityPercentPerYear: round4(sigma * 100),
    startPriceCnyPerTco2e: latest.priceCnyPerTco2e,
    startPriceDate: latest.periodEnd,
    window: { fromYear: first, toYear: last },
    driftMethod: 'annual-average-log-change',
    volatilityMethod,
    yearsUsed: years,
  }
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4
}

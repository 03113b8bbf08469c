import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { estimatePriceModel, type PriceObservation } from './price-estimate.ts'

/** The seeded GDEA and CEA rows, read from the seed file (the model itself reads nothing). */
function seeded(series: string): PriceObservation[] {
  const csv = readFileSync(new URL('../../seeds/prices/carbon-prices.csv', import.meta.url), 'utf8')
  return csv
    .split('\n')
    .slice(1)
    .filter((line) => line.startsWith(`${series},`))
    .map((line) => {
      const [, periodStart, periodEnd, statistic, price] = line.split(',')
      return { periodStart: periodStart!, periodEnd: periodEnd!, statistic: statistic as PriceObservation['statistic'], priceCnyPerTco2e: Number(price) }
    })
}

describe('estimatePriceModel', () => {
  it('GDEA 2019–2022: Parkinson volatility by hand, near the 32.2 % of daily returns (addendum §4.2)', () => {
    const est = estimatePriceModel(seeded('GDEA'), 4, 2022)!
    expect(est.window).toEqual({ fromYear: 2019, toYear: 2022 })
    // ln(H/L): 2019 ln(28.01/14.87) = 0.63327, 2020 ln(30.84/26.67) = 0.14527,
    // 2021 ln(57.70/28.86) = 0.69280, 2022 ln(95.26/54.54) = 0.55774.
    // σ² = (0.40103 + 0.02110 + 0.47997 + 0.31107) / (4 ln 2 · 4) = 1.21317 / 11.09035 = 0.10939 → σ = 33.07 %.
    expect(est.volatilityPercentPerYear).toBeCloseTo(33.07, 1)
    expect(est.volatilityMethod).toBe('parkinson-annual-range')
    // Addendum §4.2: 32.2 % from 958 daily log returns over the same years.
    expect(Math.abs(est.volatilityPercentPerYear - 32.2)).toBeLessThan(2)
    // μ = ln(76.57/23.09)/3 + σ²/2 = 1.19881/3 + 0.05470 = 0.39960 + 0.05470 = 45.43 %.
    expect(est.driftPercentPerYear).toBeCloseTo(45.43, 1)
    // Today's price is the series' latest quote whatever the window: the 2025-10-29 close.
    expect(est.startPriceCnyPerTco2e).toBe(36.15)
    expect(est.startPriceDate).toBe('2025-10-29')
  })

  it('GDEA default window ends with the last full-year average (2024) and skips the Jan–Feb 2023 row', () => {
    const est = estimatePriceModel(seeded('GDEA'), 4)!
    expect(est.window).toEqual({ fromYear: 2021, toYear: 2024 })
    expect(est.yearsUsed).toEqual([2021, 2022, 2024])
    // σ² = (0.69280² + 0.55774²) / (8 ln 2) = 0.79104 / 5.54518 = 0.14265 → 37.77 %;
    // μ = ln(51.37/40.33)/3 + 0.14265/2 = 0.08065 + 0.07133 = 15.20 %.
    expect(est.volatilityPercentPerYear).toBeCloseTo(37.77, 1)
    expect(est.driftPercentPerYear).toBeCloseTo(15.2, 1)
  })

  it('CEA, last 4 years (2022–2025): drift from the averages, volatility from the 2022 and 2024 ranges', () => {
    const est = estimatePriceModel(seeded('CEA'), 4)!
    expect(est.window).toEqual({ fromYear: 2022, toYear: 2025 })
    // σ² = (ln(61.60/50.54)² + ln(106/69)²) / (8 ln 2) = (0.19790² + 0.42934²) / 5.54518 = 0.22350 / 5.54518 = 0.040306 → 20.08 %.
    expect(est.volatilityPercentPerYear).toBeCloseTo(20.08, 1)
    // μ = ln(62.36/55.30)/3 + 0.040306/2 = 0.040049 + 0.020153 = 6.02 %.
    expect(est.driftPercentPerYear).toBeCloseTo(6.02, 1)
    expect(est.startPriceCnyPerTco2e).toBe(62.36)
  })

  it('falls back to the spread of annual changes when no year has a range, and says so', () => {
    const rows: PriceObservation[] = [
      { periodStart: '2020-01-01', periodEnd: '2020-12-31', statistic: 'average', priceCnyPerTco2e: 100 },
      { periodStart: '2021-01-01', periodEnd: '2021-12-31', statistic: 'average', priceCnyPerTco2e: 110 },
      { periodStart: '2022-01-01', periodEnd: '2022-12-31', statistic: 'average', priceCnyPerTco2e: 99 },
      { periodStart: '2022-12-31', periodEnd: '2022-12-31', statistic: 'close', priceCnyPerTco2e: 98 },
    ]
    const est = estimatePriceModel(rows, 10)!
    // log changes 0.09531 and −0.10536: mean −0.005025, sample sd = 0.14190.
    expect(est.volatilityMethod).toBe('annual-average-log-change-sd')
    expect(est.volatilityPercentPerYear).toBeCloseTo(14.19, 1)
    // The close and the annual average end on the same day: the close is today's price.
    expect(est.startPriceCnyPerTco2e).toBe(98)
  })

  it('returns null when fewer than two full-year averages exist', () => {
    expect(estimatePriceModel(seeded('CCER'), 4)).toBeNull()
    expect(estimatePriceModel([], 4)).toBeNull()
  })
})

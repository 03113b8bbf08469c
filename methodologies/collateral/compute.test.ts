import { describe, expect, it } from 'vitest'
import { computeCollateral } from './compute.ts'
import { createSimulation } from './simulate.ts'
import { collateralInputSchema, MAX_CREDITS_PER_YEAR_TCO2E, MAX_PATHS, MAX_TERM_YEARS, MAX_UNITS_TCO2E, type CollateralInputRaw } from './spec.ts'
import { summarize } from './statistics.ts'

const NO_EVENTS = { typhoonEventsPerYear: 0, typhoonLossPercent: 6.1, diebackEventsPerYear: 0, diebackLossPercent: 10 }

function input(over: Partial<CollateralInputRaw> = {}) {
  return collateralInputSchema.parse({
    termYears: 5,
    discountRatePercent: 4,
    ltvPercent: 60,
    issuedUnitsTco2e: 10_000,
    price: { startPriceCnyPerTco2e: 60, driftPercentPerYear: 2, volatilityPercentPerYear: 30 },
    paths: 2_000,
    ...over,
  })
}

const riskless = { deliveryMeanRatio: 1, deliverySdRatio: 0, risks: NO_EVENTS }

describe('collateral model: closed forms', () => {
  it('zero volatility, no events, full delivery → the deterministic DCF, hand-computed', () => {
    // 1,000 issued units at 50 CNY with μ = 0 and r = 10 % over 2 years: 50,000 / 1.21 = 41,322.314 CNY;
    // vintages 100 t at end of years 1 and 2: 5,000 / 1.1 + 5,000 / 1.21 = 4,545.4545 + 4,132.2314 CNY.
    // Total 49,999.9999 ≈ 50,000.00 CNY → 4,999,999.99… fen, rounded 5,000,000 fen.
    const out = computeCollateral(
      input({
        ...riskless,
        termYears: 2,
        discountRatePercent: 10,
        issuedUnitsTco2e: 1_000,
        futureCreditsTco2e: [100, 100],
        price: { startPriceCnyPerTco2e: 50, driftPercentPerYear: 0, volatilityPercentPerYear: 0 },
        paths: 100,
      }),
    )
    expect(out.expectedValueFen).toBe(5_000_000)
    expect(out.deterministicValueFen).toBe(5_000_000)
    expect(out.p5Fen).toBe(5_000_000)
    expect(out.p95Fen).toBe(5_000_000)
    expect(out.standardErrorFen).toBe(0)
    expect(out.var95Fen).toBe(0)
    expect(out.expectedShortfall95Fen).toBe(0)
    expect(out.recommendedHaircutPercent).toBe(0)
    expect(out.lendableValueFen).toBe(5_000_000)
    expect(out.maxLoanFen).toBe(3_000_000)
  })

  it('zero volatility with drift: Σ F_t·S_0·e^{μt}·(1+r)^−t + U·S_0·e^{μT}·(1+r)^−T to the fen', () => {
    const credits = [1200, 1500, 0, 2500, 800, 3000, 10]
    const S0 = 63.5
    const mu = 0.035
    const r = 0.062
    const U = 7_777
    let expected = U * S0 * Math.exp(mu * 7) * (1 + r) ** -7
    credits.forEach((f, i) => (expected += f * S0 * Math.exp(mu * (i + 1)) * (1 + r) ** -(i + 1)))
    const out = computeCollateral(
      input({
        ...riskless,
        termYears: 7,
        discountRatePercent: 6.2,
        issuedUnitsTco2e: U,
        futureCreditsTco2e: credits,
        price: { startPriceCnyPerTco2e: S0, driftPercentPerYear: 3.5, volatilityPercentPerYear: 0 },
        paths: 200,
      }),
    )
    expect(Math.abs(out.expectedValueFen - expected * 100)).toBeLessThanOrEqual(1)
    expect(out.p5Fen).toBe(out.expectedValueFen)
    expect(out.deterministicValueFen).toBe(Math.round(expected * 100))
  })

  it('lognormal price only: mean, median and standard error match the closed forms (99.9 % confidence)', () => {
    // Issued units only, sold at S_T: value = U·S_T·(1+r)^−T with ln S_T ~ N(ln S0 + (μ − σ²/2)T, σ²T).
    const U = 10_000
    const S0 = 60
    const mu = 0.02
    const sigma = 0.3
    const T = 5
    const n = 40_000
    const df = 1.04 ** -T
    const mean = U * S0 * Math.exp(mu * T) * df
    const sd = mean * Math.sqrt(Math.exp(sigma * sigma * T) - 1)
    const median = U * S0 * Math.exp((mu - (sigma * sigma) / 2) * T) * df
    const out = computeCollateral(input({ ...riskless, paths: n, seed: 2026 }))
    const se = sd / Math.sqrt(n)
    // |mean error| < 3.29 SE at 99.9 % two-sided.
    expect(Math.abs(out.expectedValueFen / 100 - mean)).toBeLessThan(3.29 * se)
    // The reported standard error estimates sd/√n; its own relative error is ≈ √((κ−1)/4n) — a few % here.
    expect(out.standardErrorFen / 100 / se).toBeGreaterThan(0.85)
    expect(out.standardErrorFen / 100 / se).toBeLessThan(1.15)
    // Median: SE of a sample median ≈ 1/(2 f(m) √n); for the lognormal f(m) = 1/(m σ√T √(2π)),
    // so SE ≈ m σ √T √(2π) / (2√n) ≈ 0.0042 m; 3.29 SE ≈ 1.4 %.
    expect(Math.abs(out.p50Fen / 100 / median - 1)).toBeLessThan(0.014)
    // P5 of the lognormal: exp(ln m − 1.6449 σ√T).
    const p5 = median * Math.exp(-1.6449 * sigma * Math.sqrt(T))
    expect(Math.abs(out.p5Fen / 100 / p5 - 1)).toBeLessThan(0.03)
  })

  it('typhoon losses with no buffer: surviving share e^{−λ·f·T} (E[(1−f)^K] for K ~ Poisson(λT))', () => {
    const lambda = 0.5
    const f = 0.2
    const T = 10
    const n = 40_000
    const out = computeCollateral(
      input({
        deliveryMeanRatio: 1,
        deliverySdRatio: 0,
        termYears: T,
        discountRatePercent: 0,
        issuedUnitsTco2e: 1_000,
        bufferPercent: 0,
        price: { startPriceCnyPerTco2e: 100, driftPercentPerYear: 0, volatilityPercentPerYear: 0 },
        risks: { typhoonEventsPerYear: lambda, typhoonLossPercent: f * 100, diebackEventsPerYear: 0, diebackLossPercent: 0 },
        paths: n,
      }),
    )
    const expected = 100_000 * Math.exp(-lambda * f * T)
    // Var of (1−f)^K: E[(1−f)^{2K}] − E² = e^{−λT(1−(1−f)²)} − e^{−2λfT}.
    const sd = 100_000 * Math.sqrt(Math.exp(-lambda * T * (1 - (1 - f) ** 2)) - Math.exp(-2 * lambda * f * T))
    expect(Math.abs(out.expectedValueFen / 100 - expected)).toBeLessThan(3.29 * (sd / Math.sqrt(n)))
  })

  it('a buffer larger than any loss keeps every issued unit: value is the deterministic DCF', () => {
    const out = computeCollateral(
      input({
        deliveryMeanRatio: 1,
        deliverySdRatio: 0,
        issuedUnitsTco2e: 1_000,
        // The buffer is itself part of the stock that burns: it covers a cumulative loss share F
        // while F·(U + B) ≤ B, i.e. F ≤ 0.9 here, which needs ≥ 11 events at λ·T = 1 per peril.
        bufferTco2e: 9_000,
        price: { startPriceCnyPerTco2e: 100, driftPercentPerYear: 0, volatilityPercentPerYear: 0 },
        risks: { typhoonEventsPerYear: 0.2, typhoonLossPercent: 20, diebackEventsPerYear: 0.2, diebackLossPercent: 10 },
      }),
    )
    expect(out.expectedValueFen).toBe(out.deterministicValueFen)
    expect(out.p5Fen).toBe(out.deterministicValueFen)
    // Without that buffer, the same events do cost value.
    const bare = computeCollateral(
      input({
        deliveryMeanRatio: 1,
        deliverySdRatio: 0,
        issuedUnitsTco2e: 1_000,
        bufferTco2e: 0,
        price: { startPriceCnyPerTco2e: 100, driftPercentPerYear: 0, volatilityPercentPerYear: 0 },
        risks: { typhoonEventsPerYear: 0.2, typhoonLossPercent: 20, diebackEventsPerYear: 0.2, diebackLossPercent: 10 },
      }),
    )
    expect(bare.expectedValueFen).toBeLessThan(out.expectedValueFen)
  })
})

describe('collateral model: Monte Carlo behaviour', () => {
  it('the standard error shrinks as 1/√n (4× the paths → half the error, ±12 %)', () => {
    const small = computeCollateral(input({ paths: 4_000, seed: 11 }))
    const large = computeCollateral(input({ paths: 16_000, seed: 11 }))
    expect(small.standardErrorFen / large.standardErrorFen).toBeGreaterThan(2 * 0.88)
    expect(small.standardErrorFen / large.standardErrorFen).toBeLessThan(2 * 1.12)
  })

  it('the same inputs and seed give the same numbers; another seed other numbers', () => {
    const a = computeCollateral(input({ futureCreditsTco2e: [500, 500, 500], seed: 42 }))
    const b = computeCollateral(input({ futureCreditsTco2e: [500, 500, 500], seed: 42 }))
    const c = computeCollateral(input({ futureCreditsTco2e: [500, 500, 500], seed: 43 }))
    expect(b).toEqual(a)
    expect(c.expectedValueFen).not.toBe(a.expectedValueFen)
  })

  it('simulating in chunks gives exactly the values of one pass', () => {
    const i = input({ futureCreditsTco2e: [500, 800], paths: 1_000 })
    const whole = createSimulation(i)
    whole.step(1_000)
    const chunked = createSimulation(i)
    while (chunked.done < chunked.total) chunked.step(37)
    expect(Array.from(chunked.valuesCny)).toEqual(Array.from(whole.valuesCny))
  })

  it('each risk switched off raises or keeps the expected value, and the deltas are that difference', () => {
    const out = computeCollateral(input({ futureCreditsTco2e: [3000, 3000, 3000, 3000, 3000], paths: 5_000 }))
    const byRisk = Object.fromEntries(out.drivers.map((d) => [d.risk, d]))
    for (const risk of ['delivery', 'typhoon', 'dieback'] as const) {
      expect(byRisk[risk]!.deltaExpectedValueFen).toBeGreaterThan(0)
      expect(Math.abs(byRisk[risk]!.expectedValueFen - out.expectedValueFen - byRisk[risk]!.deltaExpectedValueFen)).toBeLessThanOrEqual(1)
    }
    // Without volatility the lower tail moves up sharply.
    expect(byRisk['price-volatility']!.deltaP5Fen).toBeGreaterThan(0)
    expect(byRisk['price-volatility']!.deltaExpectedShortfall95Fen).toBeLessThan(0)
  })

  it('haircut, lendable value and maximum loan follow their definitions', () => {
    const out = computeCollateral(input({ ltvPercent: 70 }))
    const haircut = out.var95Fen / out.expectedValueFen
    expect(out.recommendedHaircutPercent).toBeGreaterThanOrEqual(haircut * 100)
    expect(out.recommendedHaircutPercent).toBeLessThan(haircut * 100 + 0.1 + 1e-9)
    expect(out.lendableValueFen).toBe(Math.round(out.expectedValueFen * (1 - out.recommendedHaircutPercent / 100)))
    expect(out.maxLoanFen).toBe(Math.floor((out.lendableValueFen * 70) / 100))
    expect(out.p5Fen).toBeLessThanOrEqual(out.p50Fen)
    expect(out.p50Fen).toBeLessThanOrEqual(out.p95Fen)
    expect(out.histogram.counts.reduce((a, b) => a + b, 0)).toBe(out.paths)
  })

  it('no units and no vintages value to zero without dividing by zero', () => {
    const out = computeCollateral(input({ issuedUnitsTco2e: 0 }))
    expect(out.expectedValueFen).toBe(0)
    expect(out.recommendedHaircutPercent).toBe(0)
    expect(out.maxLoanFen).toBe(0)
  })
})

describe('collateral model: bounds', () => {
  it('the most extreme allowed input gives finite safe-integer results', () => {
    const out = computeCollateral(
      collateralInputSchema.parse({
        termYears: MAX_TERM_YEARS,
        discountRatePercent: 0,
        ltvPercent: 100,
        issuedUnitsTco2e: MAX_UNITS_TCO2E,
        futureCreditsTco2e: Array(MAX_TERM_YEARS).fill(MAX_CREDITS_PER_YEAR_TCO2E),
        price: { startPriceCnyPerTco2e: 100_000, driftPercentPerYear: 50, volatilityPercentPerYear: 200 },
        deliveryMeanRatio: 1.5,
        deliverySdRatio: 1,
        risks: { typhoonEventsPerYear: 10, typhoonLossPercent: 100, diebackEventsPerYear: 10, diebackLossPercent: 100 },
        bufferPercent: 90,
        paths: 100,
      }),
    )
    for (const v of [out.expectedValueFen, out.p5Fen, out.p95Fen, out.maxLoanFen, out.expectedShortfall95Fen, out.deterministicValueFen]) {
      expect(Number.isSafeInteger(v)).toBe(true)
    }
  })

  it.each([
    ['LTV above 100 %', { ltvPercent: 100.5 }],
    ['LTV of 0', { ltvPercent: 0 }],
    ['more paths than the cap', { paths: MAX_PATHS + 1 }],
    ['a term of 0 years', { termYears: 0 }],
    ['negative issued units', { issuedUnitsTco2e: -1 }],
    ['fractional issued units', { issuedUnitsTco2e: 1.5 }],
    ['more vintages than the longest term', { futureCreditsTco2e: Array(MAX_TERM_YEARS + 1).fill(1) }],
    ['an unknown field', { haircutPercent: 10 }],
    ['volatility above 200 %', { price: { startPriceCnyPerTco2e: 60, driftPercentPerYear: 0, volatilityPercentPerYear: 201 } }],
    ['a zero start price', { price: { startPriceCnyPerTco2e: 0, driftPercentPerYear: 0, volatilityPercentPerYear: 0 } }],
  ])('refuses %s', (_, over) => {
    const base = { termYears: 5, discountRatePercent: 4, ltvPercent: 60, price: { startPriceCnyPerTco2e: 60, driftPercentPerYear: 0, volatilityPercentPerYear: 30 } }
    expect(collateralInputSchema.safeParse({ ...base, ...over }).success).toBe(false)
  })

  it('summarize does not mutate its sample', () => {
    const values = Float64Array.from([3, 1, 2])
    summarize(values)
    expect(Array.from(values)).toEqual([3, 1, 2])
  })
})

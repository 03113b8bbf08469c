import { describe, expect, it } from 'vitest'
import { createRng, poisson } from './rng.ts'
import { insuranceInputSchema, quoteInsurance } from './insurance.ts'

const DEFAULT_RISKS = { typhoonEventsPerYear: 0.133, typhoonLossPercent: 6.1, diebackEventsPerYear: 0.1, diebackLossPercent: 10 }

describe('quoteInsurance', () => {
  it('typhoon index: SI × λ × f × (1 + loading), by hand', () => {
    // 10,000,000 fen × 0.133 × 0.061 = 81,130 fen; × 1.2552 = 101,834.376 → 101,834 fen.
    const q = quoteInsurance(insuranceInputSchema.parse({ trigger: 'typhoon_index', sumInsuredFen: 10_000_000, loadingPercent: 25.52, termYears: 3, risks: DEFAULT_RISKS }))
    expect(q.expectedAnnualLossFen).toBe(81_130)
    expect(q.annualPremiumFen).toBe(101_834)
    expect(q.termPremiumFen).toBe(305_502)
    expect(q.rateOnLinePercent).toBeCloseTo(1.0183, 4)
    expect(q.indicative).toBe(true)
  })

  it('area loss: 1 − e^{−(λ_ty f_ty + λ_db f_db)}, by hand', () => {
    // 0.133 × 0.061 + 0.1 × 0.10 = 0.008113 + 0.01 = 0.018113; 1 − e^−0.018113 = 0.0179499 → 179,499 fen of 10 M.
    const q = quoteInsurance(insuranceInputSchema.parse({ trigger: 'area_loss', sumInsuredFen: 10_000_000, loadingPercent: 0, termYears: 1, risks: DEFAULT_RISKS }))
    expect(q.expectedAnnualLossFen).toBe(179_499)
    expect(q.annualPremiumFen).toBe(179_499)
  })

  it('the area-loss share equals the simulated mean loss of the Poisson reversal model (n = 200,000, 4 SE)', () => {
    const rng = createRng(4)
    const n = 200_000
    let sum = 0
    let sq = 0
    for (let i = 0; i < n; i++) {
      const kTy = poisson(rng, 0.5)
      const kDb = poisson(rng, 0.3)
      const loss = 1 - 0.8 ** kTy * 0.9 ** kDb
      sum += loss
      sq += loss * loss
    }
    const mean = sum / n
    const se = Math.sqrt((sq / n - mean * mean) / n)
    const q = quoteInsurance(
      insuranceInputSchema.parse({
        trigger: 'area_loss',
        sumInsuredFen: 100_000_000,
        loadingPercent: 0,
        termYears: 1,
        risks: { typhoonEventsPerYear: 0.5, typhoonLossPercent: 20, diebackEventsPerYear: 0.3, diebackLossPercent: 10 },
      }),
    )
    expect(Math.abs(q.expectedAnnualLossFen / 100_000_000 - mean)).toBeLessThan(4 * se)
  })

  it('refuses a negative loading, a zero sum insured and unknown fields', () => {
    const base = { trigger: 'area_loss', sumInsuredFen: 1000, loadingPercent: 10, termYears: 1, risks: DEFAULT_RISKS }
    expect(insuranceInputSchema.safeParse({ ...base, loadingPercent: -1 }).success).toBe(false)
    expect(insuranceInputSchema.safeParse({ ...base, sumInsuredFen: 0 }).success).toBe(false)
    expect(insuranceInputSchema.safeParse({ ...base, premium: 1 }).success).toBe(false)
    expect(insuranceInputSchema.safeParse({ ...base, trigger: 'flood' }).success).toBe(false)
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { gepValuation } from './index.ts'
import { mangroveInput, twoServiceInput } from './test/inputs.ts'

describe('sensitivity table', () => {
  it('ranks ±20 % swings by effect on NPV (hand case, one year, r = 0)', () => {
    // NPV = carbon 6,236 + COD 350 = 6,586.
    // carbon price or quantity ±20 %: 6,586 ∓ 1,247.20 → 5,338.80 … 7,833.20, swing 2,494.40
    // COD price or quantity ±20 %:    6,586 ∓ 70      → 6,516.00 … 6,656.00, swing 140.00
    // every other service is worth 0 → swing 0, after these four
    const out = gepValuation.compute(gepValuation.input.parse(twoServiceInput()))
    expect(out.npvCny).toBeCloseTo(6586, 2)
    expect(out.sensitivity.slice(0, 4)).toEqual([
      { parameter: 'carbonPrice.priceCnyPerTco2e', serviceId: 'carbon-sequestration', kind: 'price', npvLowCny: 5338.8, npvHighCny: 7833.2, swingCny: 2494.4 },
      { parameter: 'carbonSequestrationTco2ePerYear', serviceId: 'carbon-sequestration', kind: 'quantity', npvLowCny: 5338.8, npvHighCny: 7833.2, swingCny: 2494.4 },
      { parameter: 'services.waterPurificationCod.unitPrice', serviceId: 'water-purification-cod', kind: 'price', npvLowCny: 6516, npvHighCny: 6656, swingCny: 140 },
      { parameter: 'services.waterPurificationCod.removalKgPerHaPerYear', serviceId: 'water-purification-cod', kind: 'quantity', npvLowCny: 6516, npvHighCny: 6656, swingCny: 140 },
    ])
    expect(out.sensitivity.slice(4).every((s) => s.swingCny === 0)).toBe(true)
  })

  it('is sorted by swing, descending, and each swing is 40 % of the service NPV share (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0, max: 15, noNaN: true }), (horizonYears, rate) => {
        const out = gepValuation.compute(gepValuation.input.parse({ ...mangroveInput(), horizonYears, discountRatePercent: rate }))
        const swings = out.sensitivity.map((s) => s.swingCny)
        expect(swings).toEqual([...swings].sort((a, b) => b - a))
        for (const s of out.sensitivity) expect(s.npvHighCny - out.npvCny).toBeCloseTo(s.swingCny / 2, 1)
      }),
      { numRuns: 30 },
    )
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { gepValuation } from './index.ts'
import { presentValueCny } from './npv.ts'
import { mangroveInput, twoServiceInput } from './test/inputs.ts'

describe('presentValueCny (flows at year end)', () => {
  it('matches the constant-annuity closed form V·(1−(1+r)^−n)/r', () => {
    // V = 1000, r = 5 %, n = 20: 1.05^20 = 2.6532977; 1/2.6532977 = 0.3768895;
    // (1 − 0.3768895) / 0.05 = 12.462210 → 12,462.21 CNY
    expect(presentValueCny(Array(20).fill(1000), 5)).toBeCloseTo(12_462.21, 2)
  })

  it('is the plain sum at a zero rate', () => {
    expect(presentValueCny([100, 200, 300], 0)).toBe(600)
  })

  it('decreases as the discount rate rises, for positive flows (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 100 }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        (flows, rate, step) => presentValueCny(flows, rate) > presentValueCny(flows, rate + step),
      ),
    )
  })
})

describe('NPV of a valuation', () => {
  it('equals the annuity closed form for constant services: 6,586 CNY/yr over 2 years at 5 %', () => {
    // carbon 100 t × 62.36 = 6,236 + COD 0.5 t × 700 = 350 → 6,586 CNY/yr (all other services 0)
    // 6,586 × (1 − 1.05^−2)/0.05 = 6,586 × 1.8594104 = 12,246.08 CNY
    const raw = { ...twoServiceInput(), horizonYears: 2, discountRatePercent: 5 }
    const out = gepValuation.compute(gepValuation.input.parse(raw))
    expect(out.totalCnyPerYear).toBeCloseTo(6586, 2)
    expect(out.npvCny).toBeCloseTo(12_246.08, 2)
    expect(out.years).toEqual([
      { year: 2010, valueCny: 6586, discountedCny: 6272.38 }, // 6,586 / 1.05
      { year: 2011, valueCny: 6586, discountedCny: 5973.70 }, // 6,586 / 1.1025
    ])
  })

  it('follows a per-year carbon series and values missing years at zero, with a warning', () => {
    // years 2010–2012; carbon given for 2010 (100 t) and 2012 (200 t), none for 2011
    const raw = {
      ...twoServiceInput(),
      horizonYears: 3,
      carbonSequestrationTco2ePerYear: undefined,
      carbonSequestrationByYear: [
        { year: 2010, tco2e: 100 },
        { year: 2012, tco2e: 200 },
      ],
    }
    const out = gepValuation.compute(gepValuation.input.parse(raw))
    // 2010: 6,236 + 350; 2011: 0 + 350; 2012: 12,472 + 350
    expect(out.years.map((y) => y.valueCny)).toEqual([6586, 350, 12_822])
    expect(out.warnings.map((w) => w.code)).toContain('carbon-years-missing')
    // carbon row shows the mean quantity: (100 + 0 + 200) / 3 = 100 t/yr
    expect(out.services.find((s) => s.id === 'carbon-sequestration')?.quantity).toBeCloseTo(100, 6)
  })

  it('leaves carbon and oxygen out when the site has no carbon estimate', () => {
    const raw = { ...mangroveInput(), carbonSequestrationTco2ePerYear: undefined }
    const out = gepValuation.compute(gepValuation.input.parse(raw))
    const carbon = out.services.find((s) => s.id === 'carbon-sequestration')
    const o2 = out.services.find((s) => s.id === 'oxygen-release')
    expect(carbon).toMatchObject({ status: 'needs-input', valueCnyPerYear: null, quantity: null })
    expect(carbon?.message?.zh).toContain('碳汇估算')
    expect(o2?.status).toBe('needs-input')
    expect(out.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['carbon-sequestration-needs-input', 'oxygen-release-needs-input', 'totals-exclude-services']),
    )
    const okSum = out.services.reduce((acc, s) => acc + (s.valueCnyPerYear ?? 0), 0)
    expect(out.totalCnyPerYear).toBeCloseTo(okSum, 1)
    expect(out.sensitivity.some((s) => s.serviceId === 'carbon-sequestration')).toBe(false)
  })
})

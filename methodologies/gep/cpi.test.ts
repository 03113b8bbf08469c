import { describe, expect, it } from 'vitest'
import { cpiAdjustmentFactor } from './cpi.ts'
import { gepValuation } from './index.ts'
import { mangroveInput } from './test/inputs.ts'

describe('cpiAdjustmentFactor (NBS annual CPI, previous year = 100)', () => {
  it('inflates 2010 prices to 2015 by the 2011–2015 indices', () => {
    // 105.4 × 102.6 × 102.6 × 102.0 × 101.4 / 100^5:
    // 1.054 × 1.026 = 1.081404; × 1.026 = 1.109520504; × 1.020 = 1.13171091408; × 1.014 = 1.14755486688
    const cpi = cpiAdjustmentFactor(2010, 2015)
    expect(cpi.ok && cpi.factor).toBeCloseTo(1.14755486688, 10)
  })

  it('deflates 2023 prices to 2021: 1 / (1.020 × 1.002) = 0.97843529', () => {
    const cpi = cpiAdjustmentFactor(2023, 2021)
    expect(cpi.ok && cpi.factor).toBeCloseTo(0.97843529, 8)
  })

  it('is exactly 1 in the price year', () => {
    expect(cpiAdjustmentFactor(2014, 2014)).toEqual({ ok: true, factor: 1, years: [] })
  })

  it('reports the years it has no index for instead of guessing them', () => {
    expect(cpiAdjustmentFactor(2010, 2026)).toEqual({ ok: false, missingYears: [2026] })
    expect(cpiAdjustmentFactor(2008, 2012)).toEqual({ ok: false, missingYears: [2009, 2010] })
  })
})

describe('price-year adjustment inside the valuation', () => {
  it('brings the 727 CNY/t (2010) oxygen price to 2015: 119 t × 727 × 1.14755486688 = 99,278.41 CNY/yr', () => {
    const out = gepValuation.compute(gepValuation.input.parse(mangroveInput({ valuationYear: 2015 })))
    const o2 = out.services.find((s) => s.id === 'oxygen-release')
    expect(o2?.unitPrice).toBe(727)
    expect(o2?.priceAdjustedToValuationYear).toBeCloseTo(834.2724, 4) // 727 × 1.14755486688 = 834.27239
    expect(o2?.valueCnyPerYear).toBeCloseTo(99_278.41, 2)
    expect(o2?.source.priceAdjustment?.locator).toContain('2011: 105.4')
  })

  it('uses a caller-given factor where the CPI table stops: 119 t × 727 × 1.5 = 129,769.50 CNY/yr', () => {
    const raw = mangroveInput({ valuationYear: 2026, priceAdjustmentFactors: { '2010': 1.5, '2021': 1.1, '2023': 1.05 } })
    const out = gepValuation.compute(gepValuation.input.parse(raw))
    const o2 = out.services.find((s) => s.id === 'oxygen-release')
    expect(o2?.valueCnyPerYear).toBeCloseTo(129_769.5, 2)
    expect(o2?.source.priceAdjustment?.quality).toBe('user')
  })
})

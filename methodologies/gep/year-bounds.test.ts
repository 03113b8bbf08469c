import { describe, expect, it } from 'vitest'
import { cpiAdjustmentFactor } from './cpi.ts'
import { gepValuation } from './index.ts'
import { mangroveInput } from './test/inputs.ts'

const paths = (issues: readonly { path: PropertyKey[] }[]) => issues.map((i) => i.path.join('.'))

describe('a year that fails its range never reaches the CPI loop (issue 9)', () => {
  it('cpiAdjustmentFactor refuses a span it could not finish instead of looping', () => {
    expect(() => cpiAdjustmentFactor(2010, Number.MAX_VALUE)).toThrow(RangeError)
    expect(() => cpiAdjustmentFactor(2010, 2011.5)).toThrow(RangeError)
    expect(() => cpiAdjustmentFactor(1800, 2100)).toThrow(RangeError)
  })

  // cpiAdjustmentFactor throws on these years, so a parse that returns (instead of
  // throwing) proves the cross-field rule that calls it was skipped.
  it.each([Number.MAX_VALUE, 1e308, -1e308, 1e15, 9_007_199_254_740_993, 2101, 1999, 2026.5])(
    'valuationYear %d: only the field issue, the cross-field rule is not run',
    (year) => {
      const parsed = gepValuation.input.safeParse(mangroveInput({ valuationYear: year }))
      expect(parsed.success).toBe(false)
      expect(paths(parsed.error?.issues ?? [])).toEqual(['valuationYear'])
    },
  )

  it('a price year out of range is reported at its path without the CPI rule', () => {
    const input = mangroveInput()
    const services = input.services as Record<string, Record<string, unknown>>
    services.aquaticProducts = { harvestTPerYear: 2, unitPrice: { value: 30_000, priceYear: -1e308 } }
    const parsed = gepValuation.input.safeParse(input)
    expect(paths(parsed.error?.issues ?? [])).toEqual(['services.aquaticProducts.unitPrice.priceYear'])
  })
})

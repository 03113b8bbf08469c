import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { gepValuation } from './index.ts'
import { mangroveInput } from './test/inputs.ts'

/** Services whose quantity is a per-hectare rate × area. */
const AREA_PROPORTIONAL = [
  'water-purification-nitrogen',
  'water-purification-phosphorus',
  'water-purification-cod',
  'climate-regulation',
  'sediment-retention',
]

describe('area scaling (property)', () => {
  it('doubling the area doubles every area-proportional service and leaves the others unchanged', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 5000, noNaN: true }), (areaHa) => {
        const at = (a: number) => gepValuation.compute(gepValuation.input.parse(mangroveInput({ areaHa: a })))
        const one = at(areaHa)
        const two = at(areaHa * 2)
        for (const row of one.services) {
          const doubled = two.services.find((s) => s.id === row.id)?.valueCnyPerYear ?? NaN
          const expected = AREA_PROPORTIONAL.includes(row.id) ? 2 * (row.valueCnyPerYear ?? 0) : (row.valueCnyPerYear ?? 0)
          // each side is rounded to 0.01 CNY, so the doubled value may differ by up to 0.015
          expect(Math.abs(doubled - expected)).toBeLessThanOrEqual(0.015 + 1e-9)
        }
      }),
      { numRuns: 50 },
    )
  })
})

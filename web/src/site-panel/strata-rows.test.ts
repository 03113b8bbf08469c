import { describe, expect, it } from 'vitest'
import { emptyRow, rowsFromStrata, strataFromRows } from './strata-rows.ts'

const row = (over: Partial<ReturnType<typeof emptyRow>>) => ({ ...emptyRow(), ...over })

describe('strataFromRows', () => {
  it('turns typed rows into share strata, leaving out empty optional numbers', () => {
    const { strata, problems } = strataFromRows([row({ name: ' East ', areaPercent: '60', plantingYear: '2027' }), row({ species: 'avicennia-marina', areaPercent: '40', survival: '85' })])
    expect(problems).toEqual([])
    expect(strata).toEqual([
      { name: 'East', species: 'kandelia-obovata', plantingYear: 2027, areaPercent: 60 },
      { species: 'avicennia-marina', survivalPercent: 85, areaPercent: 40 },
    ])
  })

  it('refuses shares that add up to more than 100 %', () => {
    // 60 + 45 = 105 > 100.01
    const { problems } = strataFromRows([row({ areaPercent: '60' }), row({ areaPercent: '45' })])
    expect(problems).toEqual([{ path: 'strata', key: 'Strata.SumTooHigh', params: { sum: 105 } }])
  })

  it('accepts 0.01 points of rounding, as the API does', () => {
    // 33.34 + 33.34 + 33.33 = 100.01
    expect(strataFromRows([row({ areaPercent: '33.34' }), row({ areaPercent: '33.34' }), row({ areaPercent: '33.33' })]).problems).toEqual([])
  })

  it('checks each number against the API bounds, at its path', () => {
    const { problems } = strataFromRows([row({ areaPercent: '0', plantingYear: '2027.5', density: '-1', survival: '101' })])
    expect(problems).toEqual([
      { path: 'strata[0].plantingYear', key: 'Form.NotInteger' },
      { path: 'strata[0].plantingDensityTreesPerHa', key: 'Form.MustExceed', params: { min: 0 } },
      { path: 'strata[0].survivalPercent', key: 'Form.AtMost', params: { max: 100 } },
      { path: 'strata[0].areaPercent', key: 'Form.MustExceed', params: { min: 0 } },
    ])
  })

  it('sends a drawn stratum back with its polygon, not a share', () => {
    const geometry = { type: 'MultiPolygon' as const, coordinates: [[[[110, 21], [110.001, 21], [110.001, 21.001], [110, 21]]]] }
    const [stratum] = strataFromRows([row({ areaPercent: '12.5', geometry })]).strata
    expect(stratum).toEqual({ species: 'kandelia-obovata', geometry })
  })
})

describe('rowsFromStrata', () => {
  it('shows stored strata as text, empty where the server has null', () => {
    const [r] = rowsFromStrata([{ id: 'x', name: null, species: 'kandelia-obovata', plantingYear: 2026, plantingDensityTreesPerHa: null, survivalPercent: 90, areaPercent: 100, areaHa: 12 }])
    expect(r).toEqual({ name: '', species: 'kandelia-obovata', areaPercent: '100', plantingYear: '2026', density: '', survival: '90', geometry: null })
  })
})

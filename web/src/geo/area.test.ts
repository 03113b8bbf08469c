import { describe, expect, it } from 'vitest'
import { geodesicAreaHa } from './area.ts'

describe('geodesicAreaHa', () => {
  it('matches the closed form for a 0.01° × 0.01° cell at 21°N', () => {
    // On a sphere a lon/lat rectangle has area R² · Δλ · (sin φ2 − sin φ1):
    //   R = 6,371,008.8 m, Δλ = 0.01° = 1.745329e-4 rad,
    //   sin 21.01° − sin 21° = 0.358530885 − 0.358367950 = 1.62935e-4
    //   → 6,371,008.8² × 1.745329e-4 × 1.62935e-4 = 1,154,272 m² = 115.427 ha
    const cell = { type: 'Polygon' as const, coordinates: [[[110, 21], [110.01, 21], [110.01, 21.01], [110, 21.01], [110, 21]]] }
    expect(geodesicAreaHa(cell)).toBeCloseTo(115.427, 2)
  })

  it('adds the parts of a MultiPolygon', () => {
    const part = [[[110, 21], [110.01, 21], [110.01, 21.01], [110, 21.01], [110, 21]]]
    const shifted = [[[111, 21], [111.01, 21], [111.01, 21.01], [111, 21.01], [111, 21]]]
    // The same cell one degree east has the same area: 2 × 115.427
    expect(geodesicAreaHa({ type: 'MultiPolygon', coordinates: [part, shifted] })).toBeCloseTo(230.854, 2)
  })
})

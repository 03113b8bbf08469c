import { describe, expect, it } from 'vitest'
import { geodesicAreaHa } from './geodesic-area.ts'

/**
 * Closed form for a lon/lat rectangle on a sphere of radius R:
 * A = R² × Δλ × (sin φ2 − sin φ1). @turf/area uses R = 6,371,008.8 m.
 */
function sphericalRectangleHa(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const R = 6_371_008.8
  const rad = Math.PI / 180
  return (R * R * (lon2 - lon1) * rad * (Math.sin(lat2 * rad) - Math.sin(lat1 * rad))) / 10_000
}

const square = (lon: number, lat: number, d: number) => [
  [
    [lon, lat],
    [lon + d, lat],
    [lon + d, lat + d],
    [lon, lat + d],
    [lon, lat],
  ],
]

describe('geodesicAreaHa', () => {
  it('matches the spherical closed form for a 0.01° square at 21°N (≈ 115.4 ha)', () => {
    const expected = sphericalRectangleHa(110, 21, 110.01, 21.01)
    expect(expected).toBeGreaterThan(115)
    expect(expected).toBeLessThan(116)
    const actual = geodesicAreaHa({ type: 'Polygon', coordinates: square(110, 21, 0.01) })
    // turf integrates edges, not parallels exactly; agreement to 0.1 % is the documented tolerance.
    expect(Math.abs(actual - expected) / expected).toBeLessThan(1e-3)
  })

  it('sums the parts of a MultiPolygon and subtracts holes', () => {
    const one = geodesicAreaHa({ type: 'Polygon', coordinates: square(110, 21, 0.01) })
    const two = geodesicAreaHa({ type: 'MultiPolygon', coordinates: [square(110, 21, 0.01), square(110.02, 21, 0.01)] })
    expect(two).toBeCloseTo(2 * one, 6)
    const withHole = geodesicAreaHa({ type: 'Polygon', coordinates: [...square(110, 21, 0.01), ...square(110.0025, 21.0025, 0.005).map((r) => [...r].reverse())] })
    expect(withHole / one).toBeCloseTo(0.75, 3)
  })
})

import { describe, expect, it } from 'vitest'
import { distanceToEdgesM } from './distance-to-edges.ts'

describe('distanceToEdgesM', () => {
  // At the equator one degree is 6,371,008.8 m × π/180 = 111,195.08 m in both directions.
  const box = [[0.001, -1], [1, -1], [1, 1], [0.001, 1], [0.001, -1]] as const

  it('measures the perpendicular distance to the nearest edge', () => {
    // Nearest edge is the meridian x = 0.001°: 0.001 × 111,195.08 = 111.195 m.
    expect(distanceToEdgesM([0, 0], [box])).toBeCloseTo(111.195, 2)
  })

  it('measures to a vertex when no perpendicular foot lies on an edge', () => {
    // From (0, -1.001) the corner (0.001, -1) is 0.001° east and 0.001° north:
    // √2 × 111.195 = 157.25 m.
    expect(distanceToEdgesM([0, -1.001], [box])).toBeCloseTo(157.25, 1)
  })

  it('returns Infinity beyond the search radius', () => {
    expect(distanceToEdgesM([0, 0], [box], 100)).toBe(Infinity)
  })
})

import { describe, expect, it } from 'vitest'
import { pointInPolygon } from './point-in-polygon.ts'
import { pointOnSurface } from './point-on-surface.ts'

describe('pointOnSurface', () => {
  it('finds the middle of a square', () => {
    expect(pointOnSurface([[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]])).toEqual([1, 1])
  })

  it('stays inside a C shape whose centroid is outside', () => {
    // C opening to the east: bbox middle line y = 1.5 crosses x = 0 and x = 1 only
    // (the gap 1–3 is outside), so the span is 0–1 and the point is (0.5, 1.5).
    const c = [[0, 0], [3, 0], [3, 1], [1, 1], [1, 2], [3, 2], [3, 3], [0, 3], [0, 0]] as const
    const p = pointOnSurface([c])
    expect(p).toEqual([0.5, 1.5])
    expect(pointInPolygon(p!, [c])).toBe(true)
  })

  it('avoids a hole', () => {
    const outer = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]] as const
    const hole = [[2, 2], [2, 8], [8, 8], [8, 2], [2, 2]] as const
    // Line y = 5 crosses 0, 2, 8, 10: inside spans 0–2 and 8–10, equal width; the first wins.
    expect(pointOnSurface([outer, hole])).toEqual([1, 5])
  })

  it('returns null for a degenerate ring', () => {
    expect(pointOnSurface([[[0, 0], [1, 1], [0, 0]]])).toBeNull()
  })
})

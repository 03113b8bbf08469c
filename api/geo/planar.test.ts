import { describe, expect, it } from 'vitest'
import { firstCrossing, locateInPolygon, locateInRing, properCrossing } from './planar.ts'

const unit: [number, number][] = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]

describe('planar predicates', () => {
  it('locates points inside, outside and on the boundary of a ring', () => {
    expect(locateInRing([0.5, 0.5], unit)).toBe('inside')
    expect(locateInRing([1.5, 0.5], unit)).toBe('outside')
    expect(locateInRing([1, 0.3], unit)).toBe('boundary')
    expect(locateInRing([0, 0], unit)).toBe('boundary')
  })

  it('a point in a hole is outside the polygon', () => {
    const hole: [number, number][] = [[0.25, 0.25], [0.75, 0.25], [0.75, 0.75], [0.25, 0.75], [0.25, 0.25]]
    expect(locateInPolygon([0.5, 0.5], [unit, hole])).toBe('outside')
    expect(locateInPolygon([0.1, 0.1], [unit, hole])).toBe('inside')
  })

  it('proper crossings only: touching ends and collinear overlaps are not crossings', () => {
    // The diagonals of the unit square cross at (0.5, 0.5).
    expect(properCrossing([0, 0], [1, 1], [1, 0], [0, 1])).toEqual([0.5, 0.5])
    expect(properCrossing([0, 0], [1, 0], [1, 0], [1, 1])).toBeUndefined()
    expect(properCrossing([0, 0], [1, 0], [0.5, 0], [2, 0])).toBeUndefined()
    expect(firstCrossing([unit], [[[0.5, 0.5], [1.5, 0.5], [1.5, 0.6], [0.5, 0.5]]])).toEqual([1, 0.5])
  })
})

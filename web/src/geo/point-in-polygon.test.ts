import { describe, expect, it } from 'vitest'
import { pointInMultiPolygon, pointInPolygon, pointInRing } from './point-in-polygon.ts'

const square = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]] as const
const hole = [[1, 1], [1, 3], [3, 3], [3, 1], [1, 1]] as const

describe('point in polygon', () => {
  it('finds a point inside and outside a ring', () => {
    expect(pointInRing([2, 0.5], square)).toBe(true)
    expect(pointInRing([5, 2], square)).toBe(false)
    expect(pointInRing([-0.1, 2], square)).toBe(false)
  })

  it('treats a hole as outside', () => {
    expect(pointInPolygon([2, 2], [square, hole])).toBe(false)
    expect(pointInPolygon([0.5, 2], [square, hole])).toBe(true)
  })

  it('checks every polygon of a multipolygon', () => {
    const far = [[10, 10], [11, 10], [11, 11], [10, 10]] as const
    expect(pointInMultiPolygon([10.8, 10.5], [[square], [far]])).toBe(true)
    expect(pointInMultiPolygon([7, 7], [[square], [far]])).toBe(false)
  })
})

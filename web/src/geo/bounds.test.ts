import { describe, expect, it } from 'vitest'
import { geometryBounds } from './bounds.ts'

describe('geometryBounds', () => {
  it('spans every position of a polygon', () => {
    expect(geometryBounds({ type: 'Polygon', coordinates: [[[110, 21], [110.2, 21.1], [110.1, 20.9], [110, 21]]] })).toEqual([110, 20.9, 110.2, 21.1])
  })

  it('spans every part of a MultiPolygon', () => {
    const a = [[[110, 21], [110.1, 21], [110.1, 21.1], [110, 21]]]
    const b = [[[111, 22], [111.1, 22], [111.1, 22.1], [111, 22]]]
    expect(geometryBounds({ type: 'MultiPolygon', coordinates: [a, b] })).toEqual([110, 21, 111.1, 22.1])
  })
})

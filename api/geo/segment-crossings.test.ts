import kinks from '@turf/kinks'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LonLat } from './geometry-issue.ts'
import { segmentCrossings } from './segment-crossings.ts'

const key = (p: LonLat) => `${p[0].toFixed(9)},${p[1].toFixed(9)}`
const kinkKeys = (rings: LonLat[][]) => new Set(kinks({ type: 'Polygon', coordinates: rings }).features.map((f) => key(f.geometry.coordinates as LonLat)))

/** Closed rings of 3–25 corners on a small integer grid, so that touching, shared vertices and collinear edges are common. */
const ringArb = fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 })), { minLength: 3, maxLength: 25 }).map((pts) => [...pts, pts[0]!] as LonLat[])

describe('segmentCrossings', () => {
  it('finds the same points as @turf/kinks on any rings (polygon with holes included)', () => {
    fc.assert(
      fc.property(fc.array(ringArb, { minLength: 1, maxLength: 3 }), (rings) => {
        expect(new Set(segmentCrossings(rings, Infinity).map(key))).toEqual(kinkKeys(rings))
      }),
      { numRuns: 2000 },
    )
  })

  it('with groups, pairs only edges of different groups', () => {
    const a: LonLat[] = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]
    const b: LonLat[] = [[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]]
    expect(segmentCrossings([a, b], Infinity, [0, 1]).map(key).sort()).toEqual(['1.000000000,2.000000000', '2.000000000,1.000000000'])
    expect(segmentCrossings([a, b], Infinity, [0, 0])).toEqual([])
  })

  it('stops at the limit: a scribble of 10,000 positions answers with 5 points', () => {
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const ring: LonLat[] = Array.from({ length: 9999 }, () => [110 + random(), 21 + random()] as LonLat)
    ring.push(ring[0]!)
    expect(segmentCrossings([ring], 5)).toHaveLength(5)
  })
})

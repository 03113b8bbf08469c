import type { GeoJSONStoreFeatures } from 'terra-draw'
import { describe, expect, it } from 'vitest'
import { siteShapeValidation, type ShapeMessage } from './site-shape.validation.ts'

function polygon(ring: [number, number][]): GeoJSONStoreFeatures {
  return { type: 'Feature', id: 'f1', geometry: { type: 'Polygon', coordinates: [ring] }, properties: { mode: 'polygon' } }
}

const context = (updateType: string) =>
  ({ updateType, project: () => ({ x: 0, y: 0 }), unproject: () => ({ lng: 0, lat: 0 }), coordinatePrecision: 9 }) as never

// A bow-tie: the edges (0,0)–(0.01,0.01) and (0.01,0)–(0,0.01) cross at (0.005, 0.005).
const bowTie = polygon([[110, 21], [110.01, 21.01], [110.01, 21], [110, 21.01], [110, 21]])
// 0.01° square at 21°N: 115.43 ha (see geo/area.test.ts).
const square = polygon([[110, 21], [110.01, 21], [110.01, 21.01], [110, 21.01], [110, 21]])
// 0.00005° square at 21°N: 5.566 m (north) × 5.566 m · cos 21° = 5.196 m (east) ≈ 28.9 m² = 0.0029 ha < 0.01 ha.
const tiny = polygon([[110, 21], [110.00005, 21], [110.00005, 21.00005], [110, 21.00005], [110, 21]])

describe('siteShapeValidation', () => {
  it('never refuses while the user is still drawing', () => {
    const heard: ShapeMessage[] = []
    expect(siteShapeValidation((m) => heard.push(m))(bowTie, context('provisional'))).toEqual({ valid: true })
    expect(heard).toEqual([])
  })

  it('refuses a ring that crosses itself when the polygon is finished', () => {
    const heard: ShapeMessage[] = []
    expect(siteShapeValidation((m) => heard.push(m))(bowTie, context('finish')).valid).toBe(false)
    expect(heard).toEqual([{ key: 'Draw.SelfIntersects' }])
  })

  it('accepts a plain square', () => {
    expect(siteShapeValidation(() => undefined)(square, context('commit'))).toEqual({ valid: true })
  })

  it('refuses a site above the maximum area, naming the limit', () => {
    const heard: ShapeMessage[] = []
    // 115.43 ha > a 100 ha limit
    siteShapeValidation((m) => heard.push(m), { minAreaHa: 0.01, maxAreaHa: 100 })(square, context('finish'))
    expect(heard).toEqual([{ key: 'Draw.TooLarge', params: { max: 100 } }])
  })

  it('lets a ring of two corners grow: the smallest area applies only when the outline is closed', () => {
    const heard: ShapeMessage[] = []
    // First two corners placed: the ring is a line, area 0.
    const line = polygon([[110, 21], [110.01, 21], [110.01, 21], [110, 21]])
    expect(siteShapeValidation((m) => heard.push(m))(line, context('commit'))).toEqual({ valid: true })
    expect(heard).toEqual([])
  })

  it('refuses a digitising slip below 0.01 ha', () => {
    const heard: ShapeMessage[] = []
    siteShapeValidation((m) => heard.push(m))(tiny, context('finish'))
    expect(heard).toEqual([{ key: 'Draw.TooSmall', params: { min: 0.01 } }])
  })
})

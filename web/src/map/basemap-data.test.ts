import { readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { pointInMultiPolygon } from '../geo/point-in-polygon.ts'
import { CLIP_BOX, MAP_BOUNDS } from './basemap-bounds.ts'

// The committed offline basemap (built by web/scripts/clip-basemap.ts).
const FILE = fileURLToPath(new URL('../../public/basemap/guangdong-land.geojson', import.meta.url))
const basemap = JSON.parse(readFileSync(FILE, 'utf8')) as {
  attribution: string
  license: string
  features: { geometry: { type: string; coordinates: [number, number][][][] } }[]
}
const land = basemap.features.flatMap((f) => f.geometry.coordinates)

describe('shipped basemap', () => {
  it('stays small enough to ship in the repo and load on first paint', () => {
    const bytes = statSync(FILE).size
    expect(bytes).toBeGreaterThan(50_000)
    expect(bytes).toBeLessThan(400_000)
  })

  it('carries its ODbL attribution', () => {
    expect(basemap.license).toBe('ODbL-1.0')
    expect(basemap.attribution).toContain('OpenStreetMap contributors')
  })

  it('lies inside the clip box, which encloses the pannable bounds', () => {
    const [w, s, e, n] = CLIP_BOX
    const xs = land.flat(2).map((p) => p[0])
    const ys = land.flat(2).map((p) => p[1])
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(w)
    expect(Math.max(...xs)).toBeLessThanOrEqual(e)
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(s)
    expect(Math.max(...ys)).toBeLessThanOrEqual(n)
    expect(MAP_BOUNDS[0]).toBeGreaterThan(w)
    expect(MAP_BOUNDS[1]).toBeGreaterThan(s)
    expect(MAP_BOUNDS[2]).toBeLessThan(e)
    expect(MAP_BOUNDS[3]).toBeLessThan(n)
  })

  it('puts known towns on land', () => {
    // City centres (approximate, from any atlas): all well inland of the coast at 100 m generalisation.
    const towns: Record<string, [number, number]> = {
      Guangzhou: [113.26, 23.13],
      'Zhanjiang (Xiashan)': [110.36, 21.27],
      Leizhou: [110.09, 20.91],
      Shenzhen: [114.06, 22.54],
    }
    for (const [name, p] of Object.entries(towns)) expect(pointInMultiPolygon(p, land), name).toBe(true)
  })

  it('leaves known waters open', () => {
    const waters: Record<string, [number, number]> = {
      'Qiongzhou Strait': [110.2, 20.15],
      'South China Sea east of the Leizhou Peninsula': [111.0, 20.5],
      'Pearl River estuary': [113.75, 22.35],
    }
    for (const [name, p] of Object.entries(waters)) expect(pointInMultiPolygon(p, land), name).toBe(false)
  })
})

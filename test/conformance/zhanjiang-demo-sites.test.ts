import area from '@turf/area'
import booleanValid from '@turf/boolean-valid'
import kinks from '@turf/kinks'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { distanceToEdgesM } from '../../web/src/geo/distance-to-edges.ts'
import { pointInMultiPolygon } from '../../web/src/geo/point-in-polygon.ts'
import { demoSiteCollectionSchema } from '../../api/demo/demo-sites.schema.ts'

const read = (path: string) => JSON.parse(readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8'))
const sites = demoSiteCollectionSchema.parse(read('../../seeds/sites/zhanjiang-demo-sites.geojson'))
const land: [number, number][][][] = read('../../web/public/basemap/guangdong-land.geojson').features.flatMap(
  (f: { geometry: { coordinates: [number, number][][][] } }) => f.geometry.coordinates,
)
const coastRings = land.flat()
const M2_PER_HA = 10_000

describe('Zhanjiang demo sites', () => {
  it('has at least three sites in at least two projects, with unique keys', () => {
    expect(sites.features.length).toBeGreaterThanOrEqual(3)
    expect(new Set(sites.features.map((f) => f.properties.projectKey)).size).toBeGreaterThanOrEqual(2)
    const keys = sites.features.map((f) => f.properties.key)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it.each(sites.features.map((f) => [f.properties.key, f] as const))('%s is a valid polygon of 10–300 ha with 20–60 vertices', (_key, site) => {
    expect(booleanValid(site as never)).toBe(true)
    expect(kinks(site as never).features).toEqual([])
    const ha = area(site as never) / M2_PER_HA
    expect(ha).toBeGreaterThanOrEqual(10)
    expect(ha).toBeLessThanOrEqual(300)
    const distinctVertices = site.geometry.coordinates[0]!.length - 1
    expect(distinctVertices).toBeGreaterThanOrEqual(20)
    expect(distinctVertices).toBeLessThanOrEqual(60)
  })

  it.each(sites.features.map((f) => [f.properties.key, f] as const))('%s lies on the seaward margin of the shipped coastline', (_key, site) => {
    const ring = site.geometry.coordinates[0]!
    // Every vertex is in the sea as the map draws it…
    for (const p of ring) expect(pointInMultiPolygon(p, land)).toBe(false)
    // …hugging the shore: no vertex farther than 600 m, and the landward edge within 100 m of it.
    const distancesM = ring.map((p) => distanceToEdgesM(p, coastRings, 2_000))
    expect(Math.max(...distancesM)).toBeLessThan(600)
    expect(distancesM.filter((d) => d < 100).length).toBeGreaterThanOrEqual(5)
  })

  it('sites neither cross nor contain one another', () => {
    const all = { type: 'MultiPolygon' as const, coordinates: sites.features.map((f) => f.geometry.coordinates) }
    expect(kinks(all).features).toEqual([])
    for (const a of sites.features) {
      for (const b of sites.features) {
        if (a === b) continue
        // Without crossings, overlap would mean one contains the other: check a vertex.
        expect(pointInMultiPolygon(a.geometry.coordinates[0]![0]!, [b.geometry.coordinates]), `${a.properties.key} in ${b.properties.key}`).toBe(false)
      }
    }
  })

  it('are not rectangles', () => {
    for (const site of sites.features) {
      const ring = site.geometry.coordinates[0]!
      const xs = new Set(ring.map((p) => p[0]))
      const ys = new Set(ring.map((p) => p[1]))
      // An axis-aligned rectangle has two distinct x and two distinct y values.
      expect(xs.size).toBeGreaterThan(4)
      expect(ys.size).toBeGreaterThan(4)
    }
  })
})

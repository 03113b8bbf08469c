/**
 * Builds the offline basemap: land polygons clipped to a box around Guangdong.
 *
 * The output (web/public/basemap/guangdong-land.geojson) is committed, so the
 * app and CI never need this script or its data package. To rebuild it:
 *
 *   npm pack @geo-maps/countries-coastline-100m@0.6.0   (into a scratch folder, not a dependency)
 *   tar xzf geo-maps-countries-coastline-100m-0.6.0.tgz
 *   node --import tsx web/scripts/clip-basemap.ts package/map.geo.json
 *
 * Data: OpenStreetMap land polygons as packaged by geo-maps ("countries-coastline",
 * 100 m absolute error), © OpenStreetMap contributors, ODbL 1.0. The attribution is
 * shown by the map (web/src/map/basemap.ts) and stored in the file itself.
 *
 * Why "countries-coastline" and not "countries-land": the land variant carries
 * ~3,000 inland-water holes in this box that the 100 m generalisation turned into
 * triangles; they add weight and look like noise at every zoom.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { CLIP_BOX, type Box } from '../src/map/basemap-bounds.ts'
import { signedArea, wind } from './ring-winding.ts'

type Position = [number, number]
type Ring = Position[]

const OUTPUT = fileURLToPath(new URL('../public/basemap/guangdong-land.geojson', import.meta.url))
/** 1e-5° ≈ 1.1 m: far below the source's 100 m error, so rounding loses nothing. */
const DECIMALS = 5

/** Sutherland–Hodgman against one half-plane; `inside` and `cut` describe the edge. */
function clipEdge(ring: Ring, inside: (p: Position) => boolean, cut: (a: Position, b: Position) => Position): Ring {
  const out: Ring = []
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i]!
    const prev = ring[(i + ring.length - 1) % ring.length]!
    if (inside(cur)) {
      if (!inside(prev)) out.push(cut(prev, cur))
      out.push(cur)
    } else if (inside(prev)) {
      out.push(cut(prev, cur))
    }
  }
  return out
}

const atLon = (lon: number) => (a: Position, b: Position): Position => [lon, a[1] + ((b[1] - a[1]) * (lon - a[0])) / (b[0] - a[0])]
const atLat = (lat: number) => (a: Position, b: Position): Position => [a[0] + ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]), lat]

/** Clips a closed ring to the box. A rectangle is convex, so four half-plane passes suffice. */
function clipRing(closed: Ring, [w, s, e, n]: Box): Ring | null {
  let ring = closed.slice(0, -1) // work on the open ring
  ring = clipEdge(ring, (p) => p[0] >= w, atLon(w))
  ring = clipEdge(ring, (p) => p[0] <= e, atLon(e))
  ring = clipEdge(ring, (p) => p[1] >= s, atLat(s))
  ring = clipEdge(ring, (p) => p[1] <= n, atLat(n))
  const f = 10 ** DECIMALS
  const rounded: Ring = []
  for (const [x, y] of ring) {
    const p: Position = [Math.round(x * f) / f, Math.round(y * f) / f]
    const last = rounded[rounded.length - 1]
    if (!last || last[0] !== p[0] || last[1] !== p[1]) rounded.push(p)
  }
  if (rounded.length < 3) return null
  rounded.push(rounded[0]!)
  return Math.abs(signedArea(rounded)) > 0 ? rounded : null
}

function main(input: string): void {
  const source = JSON.parse(readFileSync(input, 'utf8')) as {
    features: { geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: Ring[] | Ring[][] } }[]
  }
  const polygons: Ring[][] = []
  for (const { geometry } of source.features) {
    const parts = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Ring[][]
    for (const [outer, ...holes] of parts) {
      const clipped = outer && clipRing(outer, CLIP_BOX)
      if (!clipped) continue
      const keptHoles = holes.map((h) => clipRing(h, CLIP_BOX)).filter((h): h is Ring => h !== null)
      polygons.push([wind(clipped, true), ...keptHoles.map((h) => wind(h, false))])
    }
  }
  const collection = {
    type: 'FeatureCollection',
    // Foreign members (RFC 7946 §6.1) keep the provenance with the data.
    attribution: '© OpenStreetMap contributors (ODbL 1.0), via geo-maps countries-coastline-100m 0.6.0',
    license: 'ODbL-1.0',
    bbox: CLIP_BOX,
    features: [{ type: 'Feature', properties: { kind: 'land' }, geometry: { type: 'MultiPolygon', coordinates: polygons } }],
  }
  writeFileSync(OUTPUT, JSON.stringify(collection) + '\n')
  const vertices = polygons.flat().reduce((n, r) => n + r.length, 0)
  console.log(`${polygons.length} polygons, ${vertices} vertices → ${OUTPUT}`)
}

const input = process.argv[2]
if (!input) throw new Error('usage: clip-basemap.ts <path to geo-maps map.geo.json>')
main(input)

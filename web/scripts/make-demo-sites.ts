/**
 * Writes seeds/sites/zhanjiang-demo-sites.geojson: demo mangrove sites drawn as
 * irregular bands on the seaward side of the shipped coastline
 * (web/public/basemap/guangdong-land.geojson), so they sit on the intertidal
 * margin the map shows. Deterministic: same plans + coastline → same file.
 *
 *   node --import tsx web/scripts/make-demo-sites.ts
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import kinks from '@turf/kinks'
import { geodesicAreaHa } from '../src/geo/area.ts'
import { localFrame, type LonLat, type Metres } from '../src/geo/local-metres.ts'
import { pointInMultiPolygon } from '../src/geo/point-in-polygon.ts'
import { demoSiteCollectionSchema } from '../../api/demo/demo-sites.schema.ts'
import { coastPath, resample } from './coast-path.ts'
import { SITE_PLANS, type SitePlan } from './demo-site-plans.ts'
import { wind } from './ring-winding.ts'

const BASEMAP = fileURLToPath(new URL('../public/basemap/guangdong-land.geojson', import.meta.url))
const OUTPUT = fileURLToPath(new URL('../../seeds/sites/zhanjiang-demo-sites.geojson', import.meta.url))

type Land = LonLat[][][]

function bandPolygon(plan: SitePlan, land: Land): [number, number][] {
  const { path, seaOnRight } = coastPath(plan.from, plan.to, land.flat())
  const mid = path[Math.floor(path.length / 2)]!
  const frame = localFrame(mid)
  const shore = resample(path, plan.samples, frame.toMetres)
  const n = shore.length
  const inner: Metres[] = []
  const outer: Metres[] = []
  const tangents: Metres[] = []
  for (let i = 0; i < n; i++) {
    // A tangent over ±2 samples smooths the corners of the generalised coastline.
    const a = shore[Math.max(0, i - 2)]!
    const b = shore[Math.min(n - 1, i + 2)]!
    const len = Math.hypot(b[0] - a[0], b[1] - a[1])
    const t: Metres = [(b[0] - a[0]) / len, (b[1] - a[1]) / len]
    const normal: Metres = seaOnRight ? [t[1], -t[0]] : [-t[1], t[0]]
    const u = i / (n - 1)
    const wobble = 1 + 0.22 * Math.sin(2 * Math.PI * 1.7 * u + plan.phase) + 0.12 * Math.sin(2 * Math.PI * 4.3 * u + 2 * plan.phase)
    // Bands thin towards their ends, as planted blocks follow the widest flats.
    const taper = 0.45 + 0.55 * Math.sqrt(Math.sin(Math.PI * u))
    const gap = plan.gapM * (1 + 0.4 * Math.sin(2 * Math.PI * 2.6 * u + plan.phase))
    const width = plan.widthM * taper * wobble
    const p = shore[i]!
    inner.push([p[0] + normal[0] * gap, p[1] + normal[1] * gap])
    outer.push([p[0] + normal[0] * (gap + width), p[1] + normal[1] * (gap + width)])
    tangents.push(t)
  }
  // Rounded-off tips instead of square ends.
  const tip = (i: number, sign: number): Metres => {
    const m: Metres = [(inner[i]![0] + outer[i]![0]) / 2, (inner[i]![1] + outer[i]![1]) / 2]
    const reach = 0.35 * Math.hypot(outer[i]![0] - inner[i]![0], outer[i]![1] - inner[i]![1])
    return [m[0] + sign * tangents[i]![0] * reach, m[1] + sign * tangents[i]![1] * reach]
  }
  const ring = [tip(0, -1), ...inner, tip(n - 1, 1), ...outer.reverse()]
  const lonLat = ring.map((p) => frame.toLonLat(p)).map(([x, y]) => [round(x), round(y)] as [number, number])
  const closed = [...lonLat, lonLat[0]!]
  return wind(closed, true)
}

const round = (v: number) => Math.round(v * 1e6) / 1e6

function main(): void {
  const basemap = JSON.parse(readFileSync(BASEMAP, 'utf8')) as { features: { geometry: { coordinates: Land } }[] }
  const land = basemap.features.flatMap((f) => f.geometry.coordinates)
  const features = SITE_PLANS.map((plan) => ({
    type: 'Feature' as const,
    properties: plan.properties,
    geometry: { type: 'Polygon' as const, coordinates: [bandPolygon(plan, land)] },
  }))
  const collection = demoSiteCollectionSchema.parse({ type: 'FeatureCollection', features })
  for (const f of collection.features) {
    const ring = f.geometry.coordinates[0]!
    const onLand = ring.filter((p) => pointInMultiPolygon(p, land)).length
    const ha = geodesicAreaHa(f.geometry)
    const selfCrossings = kinks(f).features.length
    console.log(`${f.properties.key}: ${ha.toFixed(1)} ha, ${ring.length - 1} vertices, ${selfCrossings} kinks, ${onLand} vertices on land`)
  }
  const all = { type: 'MultiPolygon' as const, coordinates: collection.features.map((f) => f.geometry.coordinates) }
  console.log(`crossings between/within sites: ${kinks(all).features.length}`)
  // Indented for review, one [lon, lat] per line.
  const text = JSON.stringify(collection, null, 2).replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1, $2]')
  writeFileSync(OUTPUT, text + '\n')
}

main()

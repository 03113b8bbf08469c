import { randomBytes } from 'node:crypto'
import type { MultiPolygon, Polygon } from 'geojson'
import { connect, type Database } from '../../api/db/client.ts'
import { startEmbeddedDatabase } from '../../api/db/embedded.ts'
import { migrate } from '../../api/db/migrate.ts'
import { geodesicAreaHa } from '../../api/geo/geodesic-area.ts'
import { freshPgliteDataDir } from '../support/pglite-template.ts'

/**
 * 100,000 synthetic sites along the Guangdong coast in a bench-only schema,
 * shared by the overlap and registry benchmarks of one `npm run bench`: on
 * the embedded database by default, or DATABASE_URL when set. Not a runnable
 * bench itself (no run()); closeBenchSites drops the schema and closes the
 * database (run.ts calls each bench's cleanup after the last bench).
 */

export const SITE_COUNT = 100_000
const SITES_PER_PROJECT = 100
/** One project in ten is a draft: counted by overlaps, hidden from the registry. */
const DRAFT_EVERY = 10
const BATCH = 2000

/** The Guangdong coast from Lianjiang to Raoping, as a coarse polyline (lon, lat). */
export const COAST: [number, number][] = [
  [109.75, 21.55], [109.85, 20.9], [110.15, 20.25], [110.45, 20.8], [110.45, 21.2], [110.8, 21.4],
  [111.3, 21.5], [111.95, 21.75], [112.6, 21.75], [113.4, 22.05], [113.7, 22.5], [114.25, 22.5],
  [114.8, 22.65], [115.4, 22.75], [116.5, 23.15], [117.1, 23.6],
]

/** mulberry32: a small seeded PRNG, so every run builds the same sites. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const segments = COAST.slice(1).map((b, i) => ({ a: COAST[i]!, b, len: Math.hypot(b[0] - COAST[i]![0], b[1] - COAST[i]![1]) }))
const coastLength = segments.reduce((s, x) => s + x.len, 0)

/** A point on the coast at fraction t of its length, moved up to ±0.05° (≈5 km) across it. */
export function coastPoint(t: number, across: number): [number, number] {
  let d = t * coastLength
  for (const s of segments) {
    if (d <= s.len) {
      const f = d / s.len
      const nx = -(s.b[1] - s.a[1]) / s.len
      const ny = (s.b[0] - s.a[0]) / s.len
      return [s.a[0] + f * (s.b[0] - s.a[0]) + nx * across * 0.05, s.a[1] + f * (s.b[1] - s.a[1]) + ny * across * 0.05]
    }
    d -= s.len
  }
  return COAST[COAST.length - 1]!
}

/**
 * A star-shaped (hence simple) polygon of 8–16 corners around a point on the
 * coast, 1–50 ha (log-uniform) — the size range of Zhanjiang planting sites.
 */
export function syntheticSite(random: () => number): Polygon {
  const [lon, lat] = coastPoint(random(), random() * 2 - 1)
  const areaM2 = Math.exp(Math.log(1e4) + random() * (Math.log(50e4) - Math.log(1e4)))
  const radiusM = Math.sqrt(areaM2 / Math.PI)
  const corners = 8 + Math.floor(random() * 9)
  const mPerDegLat = 111_320
  const mPerDegLon = 111_320 * Math.cos((lat * Math.PI) / 180)
  const ring: [number, number][] = []
  for (let k = 0; k < corners; k++) {
    const angle = ((k + 0.2 + 0.6 * random()) / corners) * 2 * Math.PI
    const r = radiusM * (0.7 + 0.3 * random())
    ring.push([round7(lon + (r * Math.cos(angle)) / mPerDegLon), round7(lat + (r * Math.sin(angle)) / mPerDegLat)])
  }
  ring.push(ring[0]!)
  return { type: 'Polygon', coordinates: [ring] }
}

const round7 = (v: number) => Math.round(v * 1e7) / 1e7

export type BenchSites = {
  sql: Database
  mode: 'embedded' | 'server'
  loadMs: number
}

const SITES_SEED = 20_260_601

/**
 * The stored sites again, as GeoJSON in memory (same seed, same order), for
 * an in-process baseline. Not kept by the fixture: 100,000 objects on the
 * heap would slow down the embedded database that shares the process.
 */
export function storedSiteGeometries(): MultiPolygon[] {
  const random = prng(SITES_SEED)
  return Array.from({ length: SITE_COUNT }, () => ({ type: 'MultiPolygon', coordinates: [syntheticSite(random).coordinates] }))
}

let shared: Promise<BenchSites> | undefined
let closeShared: (() => Promise<void>) | undefined

/** The shared 100,000-site schema, built on first use. */
export function benchSites(): Promise<BenchSites> {
  shared ??= build()
  return shared
}

/** Drops the bench schema and closes the database; safe to call more than once. */
export async function closeBenchSites(): Promise<void> {
  const close = closeShared
  closeShared = undefined
  shared = undefined
  await close?.()
}

async function build(): Promise<BenchSites> {
  const started = performance.now()
  const url = process.env.DATABASE_URL
  let closeEmbedded: (() => Promise<void>) | undefined
  let databaseUrl: string
  if (url) {
    databaseUrl = url
  } else {
    const data = await freshPgliteDataDir()
    const db = await startEmbeddedDatabase(data.dir, 4)
    databaseUrl = db.url
    closeEmbedded = async () => {
      await db.close()
      await data.remove()
    }
  }
  const mode = url ? 'server' : 'embedded'
  const schema = `bc_bench_${randomBytes(5).toString('hex')}`
  const admin = connect(databaseUrl, mode, { max: 1 })
  await admin.unsafe(`CREATE SCHEMA ${schema}`)
  await admin.end()
  const sql = connect(databaseUrl, mode, { searchPath: `${schema},public` })

  closeShared = async () => {
    await sql.unsafe(`DROP SCHEMA ${schema} CASCADE`)
    await sql.end()
    await closeEmbedded?.()
  }

  await migrate(sql)
  const [org] = await sql<{ id: string }[]>`INSERT INTO organisations (name, kind) VALUES ('bench developer', 'developer') RETURNING id`
  const projectIds: string[] = []
  for (let p = 0; p < SITE_COUNT / SITES_PER_PROJECT; p++) {
    const status = p % DRAFT_EVERY === 0 ? 'draft' : 'registered'
    const [row] = await sql<{ id: string }[]>`
      INSERT INTO projects (organisation_id, name, sink_type, status) VALUES (${org!.id}, ${`bench project ${p}`}, 'mangrove', ${status}) RETURNING id`
    projectIds.push(row!.id)
  }

  // Bulk load without the spatial indexes and the per-row cell trigger, then
  // build both once (as a restore would).
  await sql`DROP INDEX sites_geom_idx`
  await sql`DROP INDEX sites_label_point_idx`
  await sql`ALTER TABLE sites DISABLE TRIGGER USER`
  const random = prng(SITES_SEED)
  for (let start = 0; start < SITE_COUNT; start += BATCH) {
    const project: string[] = []
    const name: string[] = []
    const geom: string[] = []
    const area: string[] = []
    for (let i = start; i < Math.min(start + BATCH, SITE_COUNT); i++) {
      const polygon = syntheticSite(random)
      const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [polygon.coordinates] }
      project.push(projectIds[Math.floor(i / SITES_PER_PROJECT)]!)
      name.push(`site ${i}`)
      geom.push(JSON.stringify(multi))
      area.push(geodesicAreaHa(multi).toFixed(4))
    }
    await sql`
      INSERT INTO sites (project_id, name, geom, area_ha)
      SELECT t.p, t.n, ST_SetSRID(ST_GeomFromGeoJSON(t.g), 4326), t.a
      FROM unnest(${sql.array(project)}::uuid[], ${sql.array(name)}::text[], ${sql.array(geom)}::text[], ${sql.array(area)}::numeric[]) AS t(p, n, g, a)`
  }
  await sql`CREATE INDEX sites_geom_idx ON sites USING gist (geom)`
  await sql`CREATE INDEX sites_label_point_idx ON sites USING gist (label_point)`
  await sql`ALTER TABLE sites ENABLE TRIGGER USER`
  await sql`SELECT registry_cells_rebuild()`
  await sql`ANALYZE sites`
  await sql`ANALYZE projects`
  return { sql, mode, loadMs: performance.now() - started }
}

import { createApp } from '../../api/app.ts'
import { createLogger } from '../../api/logger.ts'
import { benchSites, closeBenchSites, coastPoint, prng, SITE_COUNT } from './overlap-sites.fixture.bench.ts'
import { percentile } from './timing.ts'

const ZOOMS = [8, 9, 10, 11, 12, 13, 14]
const VIEWS_PER_ZOOM = 40
/** A laptop map: 1280 × 800 CSS pixels. */
const VIEW_PX = { width: 1280, height: 800 }

/** The bbox a 1280 × 800 map shows at `zoom` around (lon, lat) on 512-px tiles. */
function viewport(lon: number, lat: number, zoom: number): string {
  const degPerPx = 360 / (512 * 2 ** zoom)
  const halfW = (VIEW_PX.width / 2) * degPerPx
  // Web Mercator: a pixel spans cos(lat) as many degrees of latitude as of longitude.
  const halfH = (VIEW_PX.height / 2) * degPerPx * Math.cos((lat * Math.PI) / 180)
  return [lon - halfW, lat - halfH, lon + halfW, lat + halfH].map((v) => v.toFixed(6)).join(',')
}

/**
 * GET /api/v1/registry/sites for viewports on the coast (where the sites
 * are, the worst case) at zoom 8–14, end to end through the app including
 * JSON serialisation, with 100,000 sites registered. Goal: p95 ≤ 100 ms.
 */
export async function run(): Promise<void> {
  const { sql, mode } = await benchSites()
  const app = createApp({
    sql,
    now: () => new Date(),
    logger: createLogger('silent'),
    config: { databaseMode: mode, maxBodyBytes: 10 * 1024 * 1024, cookieSecure: false, sessionTtlHours: 24, tokenTtlDays: 90, maxSiteAreaHa: 10_000, maxOverlapShare: 0.01, maxDocumentBytes: 25 * 1024 * 1024, disclosureDays: 0, maxMcPaths: 200_000, trustProxy: [], webDistDir: null },
  })
  const random = prng(11)
  const all: number[] = []
  console.log(`registry layer, ${SITE_COUNT.toLocaleString('en')} sites, ${VIEWS_PER_ZOOM} viewports of ${VIEW_PX.width}×${VIEW_PX.height} px per zoom on the coast`)
  // Warm the plan cache and the JIT.
  for (let i = 0; i < 10; i++) await (await app.request(`/api/v1/registry/sites?bbox=${viewport(113.5, 22.2, 10)}&zoom=10`)).text()
  for (const zoom of ZOOMS) {
    const ms: number[] = []
    const sizes: number[] = []
    const kinds = { polygons: 0, clusters: 0 }
    let truncated = 0
    for (let i = 0; i < VIEWS_PER_ZOOM; i++) {
      const [lon, lat] = coastPoint(random(), random() * 2 - 1)
      const t0 = performance.now()
      const res = await app.request(`/api/v1/registry/sites?bbox=${viewport(lon, lat, zoom)}&zoom=${zoom}`)
      const text = await res.text()
      ms.push(performance.now() - t0)
      if (res.status !== 200) throw new Error(`registry answered ${res.status}: ${text.slice(0, 200)}`)
      const body = JSON.parse(text) as { representation: 'polygons' | 'clusters'; features: unknown[]; truncated: boolean }
      kinds[body.representation]++
      if (body.truncated) truncated++
      sizes.push(body.features.length)
    }
    all.push(...ms)
    console.log(
      `  zoom ${String(zoom).padStart(2)}: p50 ${percentile(ms, 50).toFixed(1).padStart(6)} ms, p95 ${percentile(ms, 95).toFixed(1).padStart(6)} ms; ` +
        `features median ${percentile(sizes, 50)}, max ${Math.max(...sizes)}; polygons ${kinds.polygons}, clusters ${kinds.clusters}, truncated ${truncated}`,
    )
  }
  const p95 = percentile(all, 95)
  console.log(`  all zooms: p95 ${p95.toFixed(1)} ms (goal ≤ 100 ms) ${p95 <= 100 ? 'OK' : 'OVER GOAL'}`)
}

export const cleanup = closeBenchSites

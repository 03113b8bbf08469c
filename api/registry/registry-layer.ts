import type { Sql } from '../db/client.ts'
import {
  countRegistrySites,
  findLoneSitesInCells,
  findRegistrySitePoints,
  listRegistryCells,
  listRegistryClusters,
  listRegistrySites,
  MAX_CELL_LEVEL,
  type Bbox,
  type RegistryClusterRow,
} from '../db/queries/registry-sites.ts'

/** Up to this many sites in view are sent as polygons (a few MB of GeoJSON at most). */
export const POLYGON_LIMIT = 2000
/** Cluster cells are capped too, for a whole-world box at a high zoom. */
export const MAX_CLUSTER_FEATURES = 5000
/** Cluster cell size on screen: a 64-px grid keeps circles from piling up. */
const CELL_PX = 64
/** Cells across the box when the client sends no zoom. */
const CELLS_WITHOUT_ZOOM = 32

/** Degrees per pixel at `zoom` on 512-px tiles. */
const degPerPixel = (zoom: number) => 360 / (512 * 2 ** zoom)

/** Half a pixel: simplification below that is invisible on screen. No zoom or zoom ≥ 16: exact. */
export function simplifyToleranceDeg(zoom: number | undefined): number {
  if (zoom === undefined || zoom >= 16) return 0
  return degPerPixel(zoom) / 2
}

/** Decimals that keep a tenth of a pixel (5 at zoom 12, 6 at zoom 14); 7 (~1 cm) when exact. */
export function coordinateDecimals(zoom: number | undefined): number {
  if (zoom === undefined || zoom >= 16) return 7
  return Math.min(7, Math.max(4, Math.ceil(-Math.log10(degPerPixel(zoom) / 10))))
}

/**
 * The zoom the clusters are drawn for: the map's, or without one the zoom at
 * which the box is CELLS_WITHOUT_ZOOM cells wide.
 */
function clusterZoom(zoom: number | undefined, bbox: Bbox): number {
  if (zoom !== undefined) return zoom
  return Math.log2((CELL_PX * 360 * CELLS_WITHOUT_ZOOM) / (512 * Math.max(bbox[2] - bbox[0], 1e-9)))
}

const num = (v: string) => Number(v)

/**
 * The public sites layer for one viewport: polygons when at most
 * POLYGON_LIMIT sites are in view, otherwise grid clusters — read from the
 * pre-counted cells up to zoom 12, grouped live deeper in. Every query uses an
 * index and the count stops at POLYGON_LIMIT + 1, so the cost follows what is
 * on screen, not the size of the registry.
 */
/** @returns the GeoJSON FeatureCollection as JSON text */
export async function registryLayer(sql: Sql, query: { bbox: Bbox; zoom: number | undefined }): Promise<string> {
  const inView = await countRegistrySites(sql, query.bbox, POLYGON_LIMIT + 1)
  if (inView <= POLYGON_LIMIT) {
    const rows = await listRegistrySites(sql, {
      bbox: query.bbox,
      simplifyToleranceDeg: simplifyToleranceDeg(query.zoom),
      decimals: coordinateDecimals(query.zoom),
      limit: POLYGON_LIMIT,
    })
    // The geometry text from PostGIS goes into the answer as is: parsing and
    // re-serialising thousands of polygons would cost more than the query.
    const features = rows.map(({ geometryJson, ...r }) => {
      const properties = { siteId: r.siteId, name: r.name, nameEn: r.nameEn, projectId: r.projectId, projectName: r.projectName, projectNameEn: r.projectNameEn, sinkType: r.sinkType, status: r.status, areaHa: num(r.areaHa) }
      return `{"type":"Feature","id":${JSON.stringify(r.siteId)},"geometry":${geometryJson},"properties":${JSON.stringify(properties)}}`
    })
    return `{"type":"FeatureCollection","representation":"polygons","features":[${features.join(',')}],"truncated":false}`
  }

  const z = clusterZoom(query.zoom, query.bbox)
  let cells: RegistryClusterRow[]
  if (z < MAX_CELL_LEVEL + 1) {
    // Low zoom: the pre-counted cells (migration 00007) of the level just below the zoom.
    const level = Math.max(0, Math.floor(z))
    const rows = await listRegistryCells(sql, { bbox: query.bbox, level, limit: MAX_CLUSTER_FEATURES + 1 })
    const lone = await findLoneSitesInCells(sql, level, rows.slice(0, MAX_CLUSTER_FEATURES).filter((c) => c.siteCount === 1))
    const loneId = new Map(lone.map((l) => [`${l.cx},${l.cy}`, l.siteId]))
    cells = rows.map((c) => ({ ...c, onlySiteId: c.siteCount === 1 ? (loneId.get(`${c.cx},${c.cy}`) ?? null) : null }))
  } else {
    // A deep zoom shows a small box: group its sites live.
    cells = await listRegistryClusters(sql, { bbox: query.bbox, cellDeg: (CELL_PX * 360) / (512 * 2 ** z), limit: MAX_CLUSTER_FEATURES + 1 })
  }
  const shown = cells.slice(0, MAX_CLUSTER_FEATURES)
  const singles = new Map((await findRegistrySitePoints(sql, shown.flatMap((c) => (c.onlySiteId ? [c.onlySiteId] : [])))).map((r) => [r.siteId, r]))
  return JSON.stringify({
    type: 'FeatureCollection' as const,
    representation: 'clusters' as const,
    features: shown.map((c, i) => {
      const single = c.onlySiteId ? singles.get(c.onlySiteId) : undefined
      if (single) {
        const { lon, lat, ...site } = single
        return {
          type: 'Feature' as const,
          id: site.siteId,
          geometry: { type: 'Point' as const, coordinates: [lon, lat] },
          properties: { ...site, areaHa: num(site.areaHa), cluster: false as const, siteCount: 1 as const },
        }
      }
      return {
        type: 'Feature' as const,
        id: `cluster-${i}`,
        geometry: { type: 'Point' as const, coordinates: [c.lon, c.lat] },
        properties: { cluster: true as const, siteCount: c.siteCount, areaHa: num(c.areaHa) },
      }
    }),
    truncated: cells.length > MAX_CLUSTER_FEATURES,
  })
}

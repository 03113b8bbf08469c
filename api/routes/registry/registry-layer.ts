import type { Sql } from '../../db/client.ts'
import { countRegistrySites, findRegistrySitePoints, listRegistryClusters, listRegistrySites, type Bbox } from '../../db/queries/registry-sites.ts'

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

export function clusterCellDeg(zoom: number | undefined, bbox: Bbox): number {
  if (zoom === undefined) return Math.max((bbox[2] - bbox[0]) / CELLS_WITHOUT_ZOOM, 1e-6)
  return CELL_PX * degPerPixel(zoom)
}

const num = (v: string) => Number(v)

/**
 * The public sites layer for one viewport: polygons when at most
 * POLYGON_LIMIT sites are in view, otherwise grid clusters. Every query uses
 * a GiST index, and the count stops at POLYGON_LIMIT + 1, so the cost follows
 * what is on screen, not the size of the registry.
 */
export async function registryLayer(sql: Sql, query: { bbox: Bbox; zoom: number | undefined }) {
  const inView = await countRegistrySites(sql, query.bbox, POLYGON_LIMIT + 1)
  if (inView <= POLYGON_LIMIT) {
    const rows = await listRegistrySites(sql, { bbox: query.bbox, simplifyToleranceDeg: simplifyToleranceDeg(query.zoom), limit: POLYGON_LIMIT })
    return {
      type: 'FeatureCollection' as const,
      representation: 'polygons' as const,
      features: rows.map((r) => ({
        type: 'Feature' as const,
        id: r.siteId,
        geometry: r.geometry,
        properties: { siteId: r.siteId, name: r.name, projectId: r.projectId, projectName: r.projectName, sinkType: r.sinkType, status: r.status, areaHa: num(r.areaHa) },
      })),
      truncated: false,
    }
  }

  const cells = await listRegistryClusters(sql, { bbox: query.bbox, cellDeg: clusterCellDeg(query.zoom, query.bbox), limit: MAX_CLUSTER_FEATURES + 1 })
  const shown = cells.slice(0, MAX_CLUSTER_FEATURES)
  const singles = new Map((await findRegistrySitePoints(sql, shown.flatMap((c) => (c.onlySiteId ? [c.onlySiteId] : [])))).map((r) => [r.siteId, r]))
  return {
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
  }
}

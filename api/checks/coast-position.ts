import { readFile } from 'node:fs/promises'
import type { Sql } from '../db/client.ts'
import { BASEMAP_FILE } from '../reports/basemap.ts'

/**
 * Distance from the coastline within which a site counts as intertidal. The
 * shipped land layer is generalised (≈100 m source, simplified further for the
 * map), so a true shoreline site may sit a few hundred metres off it.
 * Platform assumption, not from a standard.
 */
export const COAST_TOLERANCE_M = 1000

export type CoastPosition = { siteId: string; position: 'inland' | 'offshore' | 'intertidal'; coastDistanceM: number | null }

/** Land polygons of the offline basemap as GeoJSON texts (read per call: nothing outlives the request). */
async function landPolygons(file: URL): Promise<string[]> {
  const data = JSON.parse(await readFile(file, 'utf8')) as { features?: { geometry?: { type?: string; coordinates?: unknown } }[] }
  const polygons: string[] = []
  for (const f of data.features ?? []) {
    if (f.geometry?.type === 'Polygon') polygons.push(JSON.stringify(f.geometry))
    if (f.geometry?.type === 'MultiPolygon') for (const c of f.geometry.coordinates as unknown[]) polygons.push(JSON.stringify({ type: 'Polygon', coordinates: c }))
  }
  return polygons
}

/**
 * Where each site lies against the coastline: wholly inside land and farther
 * than the tolerance from the shore → inland; touching no land and farther →
 * offshore; otherwise intertidal. Only land polygons near the site (bounding
 * boxes within ~0.1°) are measured.
 */
export async function coastPositions(sql: Sql, siteIds: string[], file: URL = BASEMAP_FILE): Promise<CoastPosition[]> {
  if (!siteIds.length) return []
  const land = await landPolygons(file)
  const rows = await sql<{ siteId: string; onLand: boolean; inLand: boolean; coastDistanceM: number | null }[]>`
    WITH near AS (
      SELECT ST_Expand(ST_SetSRID(ST_Extent(geom)::geometry, 4326), 0.1) AS box FROM sites WHERE id = ANY(${sql.array(siteIds)}::uuid[])
    ), raw AS (
      SELECT ST_SetSRID(ST_GeomFromGeoJSON(g), 4326) AS geom FROM unnest(${sql.array(land)}::text[]) AS g
    ), land AS (
      -- The layer is clipped and simplified for the map, so some rings self-touch: repaired, polygons only.
      SELECT ST_CollectionExtract(ST_MakeValid(raw.geom), 3) AS geom FROM raw, near WHERE raw.geom && near.box
    )
    SELECT s.id AS "siteId",
           EXISTS (SELECT 1 FROM land l WHERE l.geom && s.geom AND ST_Intersects(l.geom, s.geom)) AS "onLand",
           EXISTS (SELECT 1 FROM land l WHERE l.geom && s.geom AND ST_Covers(l.geom, s.geom)) AS "inLand",
           (SELECT min(ST_Distance(ST_Boundary(l.geom)::geography, s.geom::geography))
              FROM land l WHERE l.geom && ST_Expand(s.geom, 0.1))::float8 AS "coastDistanceM"
    FROM sites s WHERE s.id = ANY(${sql.array(siteIds)}::uuid[])
    ORDER BY s.id`
  return rows.map((r) => {
    const far = r.coastDistanceM === null || r.coastDistanceM > COAST_TOLERANCE_M
    const position = r.inLand && far ? 'inland' : !r.onLand && far ? 'offshore' : 'intertidal'
    return { siteId: r.siteId, position, coastDistanceM: r.coastDistanceM === null ? null : Math.round(r.coastDistanceM) }
  })
}

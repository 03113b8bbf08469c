import type { Sql } from '../client.ts'

export type Bbox = [number, number, number, number]

export type RegistrySiteProps = {
  siteId: string
  name: string
  /** English name where the owner gave one (the public layer is bilingual). */
  nameEn: string | null
  projectId: string
  projectName: string
  projectNameEn: string | null
  sinkType: string
  status: string
  areaHa: string
}

/** A site with its simplified geometry as GeoJSON text, spliced into the answer as is. */
export type RegistrySiteRow = RegistrySiteProps & { geometryJson: string }

const envelope = (sql: Sql, [minLon, minLat, maxLon, maxLat]: Bbox) =>
  sql`ST_MakeEnvelope(${minLon}::float8, ${minLat}::float8, ${maxLon}::float8, ${maxLat}::float8, 4326)`

/**
 * How many public sites (of non-draft projects) touch the box, counting no
 * further than `cap`: enough to choose between polygons and clusters without
 * counting 100,000 rows. `&&` is answered by the GiST index on `sites.geom`.
 */
export async function countRegistrySites(sql: Sql, bbox: Bbox, cap: number): Promise<number> {
  const [row] = await sql<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (
      SELECT 1 FROM sites s JOIN projects p ON p.id = s.project_id
      WHERE p.status <> 'draft' AND s.geom && ${envelope(sql, bbox)}
      LIMIT ${cap}
    ) x`
  return row!.n
}

/**
 * Sites of every non-draft project intersecting a bounding box, simplified for
 * the zoom level (Douglas–Peucker keeping tiny polygons: this is for display,
 * and twice as fast as the topology-preserving variant), with coordinates
 * rounded to `decimals`. The `&&` test uses the GiST index on `sites.geom`.
 */
export async function listRegistrySites(
  sql: Sql,
  query: { bbox: Bbox; simplifyToleranceDeg: number; decimals: number; limit: number },
): Promise<RegistrySiteRow[]> {
  return sql<RegistrySiteRow[]>`
    SELECT s.id AS "siteId", s.name, s.name_en AS "nameEn", p.id AS "projectId", p.name AS "projectName",
           p.name_en AS "projectNameEn", p.sink_type AS "sinkType",
           p.status, s.area_ha::text AS "areaHa",
           ST_AsGeoJSON(
             CASE WHEN ${query.simplifyToleranceDeg}::float8 > 0
                  THEN ST_Simplify(s.geom, ${query.simplifyToleranceDeg}::float8, true)
                  ELSE s.geom END, ${query.decimals}::int) AS "geometryJson"
    FROM sites s JOIN projects p ON p.id = s.project_id
    WHERE p.status <> 'draft'
      AND s.geom && ${envelope(sql, query.bbox)}
    ORDER BY s.area_ha DESC, s.id
    LIMIT ${query.limit}`
}

export type RegistryClusterRow = {
  siteCount: number
  /** Sum of the sites' areas (ha), numeric as text. */
  areaHa: string
  lon: number
  lat: number
  /** The site's id when the cell holds exactly one. */
  onlySiteId: string | null
}

/**
 * Public sites grouped on a grid of `cellDeg` degrees by the point inside each
 * site (`label_point`, GiST-indexed): one row per non-empty cell, placed at
 * the mean of its points. What a map shows at a zoom where sites are a pixel wide.
 */
export async function listRegistryClusters(sql: Sql, query: { bbox: Bbox; cellDeg: number; limit: number }): Promise<RegistryClusterRow[]> {
  return sql<RegistryClusterRow[]>`
    SELECT count(*)::int AS "siteCount", sum(s.area_ha)::text AS "areaHa",
           avg(ST_X(s.label_point)) AS lon, avg(ST_Y(s.label_point)) AS lat,
           CASE WHEN count(*) = 1 THEN min(s.id::text) END AS "onlySiteId"
    FROM sites s JOIN projects p ON p.id = s.project_id
    WHERE p.status <> 'draft' AND s.label_point && ${envelope(sql, query.bbox)}
    GROUP BY floor(ST_X(s.label_point) / ${query.cellDeg}::float8), floor(ST_Y(s.label_point) / ${query.cellDeg}::float8)
    ORDER BY count(*) DESC
    LIMIT ${query.limit}`
}

/** Deepest level kept in `registry_cells` (migration 00007); deeper zooms group live. */
export const MAX_CELL_LEVEL = 12

/** Cell size (degrees) of a `registry_cells` level: 45 / 2^level, as registry_cell_size() in SQL. */
export const cellSizeDeg = (level: number) => 45 / 2 ** level

export type RegistryCellRow = RegistryClusterRow & { cx: number; cy: number }

/**
 * Pre-counted cells of one level (kept by triggers, migration 00007) whose
 * squares meet the box: the cost follows the cells on screen, not the sites.
 */
export async function listRegistryCells(sql: Sql, query: { bbox: Bbox; level: number; limit: number }): Promise<RegistryCellRow[]> {
  const size = cellSizeDeg(query.level)
  const [minLon, minLat, maxLon, maxLat] = query.bbox
  return sql<RegistryCellRow[]>`
    SELECT site_count AS "siteCount", area_ha::text AS "areaHa", sum_lon / site_count AS lon, sum_lat / site_count AS lat, cx, cy,
           NULL::text AS "onlySiteId"
    FROM registry_cells
    WHERE level = ${query.level}
      AND cx BETWEEN ${Math.floor(minLon / size)} AND ${Math.floor(maxLon / size)}
      AND cy BETWEEN ${Math.floor(minLat / size)} AND ${Math.floor(maxLat / size)}
    ORDER BY site_count DESC, cx, cy
    LIMIT ${query.limit}`
}

/** The one public site in each of the given cells (cells whose count is 1). */
export async function findLoneSitesInCells(sql: Sql, level: number, cells: { cx: number; cy: number }[]): Promise<{ cx: number; cy: number; siteId: string }[]> {
  if (!cells.length) return []
  return sql<{ cx: number; cy: number; siteId: string }[]>`
    SELECT DISTINCT ON (c.cx, c.cy) c.cx, c.cy, s.id AS "siteId"
    FROM unnest(${sql.array(cells.map((c) => c.cx))}::int[], ${sql.array(cells.map((c) => c.cy))}::int[]) AS c(cx, cy)
    JOIN sites s ON s.label_point && ST_MakeEnvelope(c.cx * registry_cell_size(${level}), c.cy * registry_cell_size(${level}),
                                                     (c.cx + 1) * registry_cell_size(${level}), (c.cy + 1) * registry_cell_size(${level}), 4326)
      AND floor(ST_X(s.label_point) / registry_cell_size(${level}))::int = c.cx
      AND floor(ST_Y(s.label_point) / registry_cell_size(${level}))::int = c.cy
    JOIN projects p ON p.id = s.project_id AND p.status <> 'draft'
    ORDER BY c.cx, c.cy, s.id`
}

export type RegistrySitePointRow = RegistrySiteProps & { lon: number; lat: number }

/** Properties and inner point of single sites (cells of one site are shown as that site). */
export async function findRegistrySitePoints(sql: Sql, siteIds: string[]): Promise<RegistrySitePointRow[]> {
  if (!siteIds.length) return []
  return sql<RegistrySitePointRow[]>`
    SELECT s.id AS "siteId", s.name, s.name_en AS "nameEn", p.id AS "projectId", p.name AS "projectName",
           p.name_en AS "projectNameEn", p.sink_type AS "sinkType",
           p.status, s.area_ha::text AS "areaHa", ST_X(s.label_point) AS lon, ST_Y(s.label_point) AS lat
    FROM sites s JOIN projects p ON p.id = s.project_id
    WHERE s.id = ANY(${sql.array(siteIds)}::uuid[])`
}

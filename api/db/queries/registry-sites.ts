import type { Sql } from '../client.ts'

export type Bbox = [number, number, number, number]

export type RegistrySiteRow = {
  siteId: string
  name: string
  projectId: string
  projectName: string
  sinkType: string
  status: string
  areaHa: string
  geometry: unknown
}

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
 * the zoom level. The `&&` test uses the GiST index on `sites.geom`.
 */
export async function listRegistrySites(
  sql: Sql,
  query: { bbox: Bbox; simplifyToleranceDeg: number; limit: number },
): Promise<RegistrySiteRow[]> {
  return sql<RegistrySiteRow[]>`
    SELECT s.id AS "siteId", s.name, p.id AS "projectId", p.name AS "projectName", p.sink_type AS "sinkType",
           p.status, s.area_ha::text AS "areaHa",
           ST_AsGeoJSON(
             CASE WHEN ${query.simplifyToleranceDeg}::float8 > 0
                  THEN ST_SimplifyPreserveTopology(s.geom, ${query.simplifyToleranceDeg}::float8)
                  ELSE s.geom END, 7)::json AS geometry
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

export type RegistrySitePointRow = Omit<RegistrySiteRow, 'geometry'> & { lon: number; lat: number }

/** Properties and inner point of single sites (cells of one site are shown as that site). */
export async function findRegistrySitePoints(sql: Sql, siteIds: string[]): Promise<RegistrySitePointRow[]> {
  if (!siteIds.length) return []
  return sql<RegistrySitePointRow[]>`
    SELECT s.id AS "siteId", s.name, p.id AS "projectId", p.name AS "projectName", p.sink_type AS "sinkType",
           p.status, s.area_ha::text AS "areaHa", ST_X(s.label_point) AS lon, ST_Y(s.label_point) AS lat
    FROM sites s JOIN projects p ON p.id = s.project_id
    WHERE s.id = ANY(${sql.array(siteIds)}::uuid[])`
}

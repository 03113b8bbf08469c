import type { Sql } from '../client.ts'

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

/**
 * Sites of every non-draft project intersecting a bounding box, simplified for
 * the zoom level. The `&&` test uses the GiST index on `sites.geom`.
 */
export async function listRegistrySites(
  sql: Sql,
  query: { bbox: [number, number, number, number]; simplifyToleranceDeg: number; limit: number },
): Promise<RegistrySiteRow[]> {
  const [minLon, minLat, maxLon, maxLat] = query.bbox
  return sql<RegistrySiteRow[]>`
    SELECT s.id AS "siteId", s.name, p.id AS "projectId", p.name AS "projectName", p.sink_type AS "sinkType",
           p.status, s.area_ha::text AS "areaHa",
           ST_AsGeoJSON(
             CASE WHEN ${query.simplifyToleranceDeg}::float8 > 0
                  THEN ST_SimplifyPreserveTopology(s.geom, ${query.simplifyToleranceDeg}::float8)
                  ELSE s.geom END, 7)::json AS geometry
    FROM sites s JOIN projects p ON p.id = s.project_id
    WHERE p.status <> 'draft'
      AND s.geom && ST_MakeEnvelope(${minLon}, ${minLat}, ${maxLon}, ${maxLat}, 4326)
    ORDER BY s.area_ha DESC, s.id
    LIMIT ${query.limit}`
}

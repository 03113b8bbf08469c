import type { Sql } from '../db/client.ts'
import type { Bbox } from './map-frame.ts'

/*
 * Read-only queries of the report. They sit beside the report rather than in
 * db/queries/ because they select exactly what the printed page shows.
 */

export type ReportSiteRow = {
  siteId: string
  name: string
  nameEn: string | null
  areaHa: string
  geometry: { type: 'MultiPolygon'; coordinates: number[][][][] }
  projectId: string
  projectName: string
  projectNameEn: string | null
  projectStatus: string
  sinkType: string
  organisationId: string
  organisationName: string
  organisationNameEn: string | null
}

export async function findReportSite(sql: Sql, siteId: string): Promise<ReportSiteRow | undefined> {
  const [row]: [ReportSiteRow?] = await sql`
    SELECT s.id AS "siteId", s.name, s.name_en AS "nameEn", s.area_ha::text AS "areaHa",
           ST_AsGeoJSON(s.geom, 7)::json AS geometry,
           p.id AS "projectId", p.name AS "projectName", p.name_en AS "projectNameEn", p.status AS "projectStatus",
           p.sink_type AS "sinkType", o.id AS "organisationId", o.name AS "organisationName", o.name_en AS "organisationNameEn"
    FROM sites s JOIN projects p ON p.id = s.project_id JOIN organisations o ON o.id = p.organisation_id
    WHERE s.id = ${siteId}`
  return row
}

export type NeighbourSiteRow = {
  siteId: string
  name: string
  nameEn: string | null
  projectName: string
  projectNameEn: string | null
  overlaps: boolean
  geometry: { type: 'MultiPolygon'; coordinates: number[][][][] }
}

/**
 * Other sites inside the map window that the reader may see: non-draft projects
 * (public in the registry), their own organisation's, or all for an admin.
 * `overlaps` means the interiors share area, not merely a boundary.
 */
export async function listNeighbourSites(
  sql: Sql,
  query: { siteId: string; bbox: Bbox; viewerOrganisationId: string; viewerIsAdmin: boolean; limit: number },
): Promise<NeighbourSiteRow[]> {
  const [minLon, minLat, maxLon, maxLat] = query.bbox
  return sql<NeighbourSiteRow[]>`
    SELECT n.id AS "siteId", n.name, n.name_en AS "nameEn", p.name AS "projectName", p.name_en AS "projectNameEn",
           (ST_Intersects(n.geom, me.geom) AND NOT ST_Touches(n.geom, me.geom)) AS "overlaps",
           ST_AsGeoJSON(n.geom, 7)::json AS geometry
    FROM sites me
    JOIN sites n ON n.id <> me.id
    JOIN projects p ON p.id = n.project_id
    WHERE me.id = ${query.siteId}
      AND n.geom && ST_MakeEnvelope(${minLon}, ${minLat}, ${maxLon}, ${maxLat}, 4326)
      AND (p.status <> 'draft' OR p.organisation_id = ${query.viewerOrganisationId} OR ${query.viewerIsAdmin})
    ORDER BY "overlaps" DESC, n.area_ha DESC, n.id
    LIMIT ${query.limit}`
}

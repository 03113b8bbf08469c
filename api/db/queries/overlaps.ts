import type { MultiPolygon } from 'geojson'
import type { OverlapFacts } from '../../overlaps/overlap-policy.ts'
import type { Sql } from '../client.ts'

export type OverlapRow = OverlapFacts & {
  /** The site whose land is overlapped (one of ours). */
  subjectSiteId: string
}

/**
 * Sites of other projects whose interiors intersect the given sites.
 * `geom && other.geom` is answered by the GiST index on `sites.geom`, so only
 * candidates whose boxes meet are tested (never a scan of all sites);
 * `ST_Relate … 'T********'` keeps pairs whose interiors meet, so neighbours
 * that only share an edge are not overlaps.
 */
export async function findOverlapsOfSites(sql: Sql, siteIds: string[]): Promise<OverlapRow[]> {
  if (!siteIds.length) return []
  return sql<OverlapRow[]>`
    SELECT me.id AS "subjectSiteId", o.id AS "siteId", o.name AS "siteName", p.id AS "projectId", p.name AS "projectName",
           p.organisation_id AS "organisationId", p.status AS "projectStatus",
           ST_AsGeoJSON(ST_CollectionExtract(ST_Intersection(o.geom, me.geom), 3))::json AS intersection
    FROM sites me
    JOIN sites o ON o.geom && me.geom AND o.project_id <> me.project_id AND ST_Relate(o.geom, me.geom, 'T********')
    JOIN projects p ON p.id = o.project_id
    WHERE me.id = ANY(${sql.array(siteIds)}::uuid[])
    ORDER BY me.id, o.id`
}

/** The same check for a geometry not stored yet (what a new site would overlap). */
export async function findOverlapsOfGeometry(sql: Sql, geometry: MultiPolygon, excludeProjectId: string | null): Promise<OverlapRow[]> {
  return sql<OverlapRow[]>`
    WITH me AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(geometry)}), 4326) AS geom)
    SELECT '' AS "subjectSiteId", o.id AS "siteId", o.name AS "siteName", p.id AS "projectId", p.name AS "projectName",
           p.organisation_id AS "organisationId", p.status AS "projectStatus",
           ST_AsGeoJSON(ST_CollectionExtract(ST_Intersection(o.geom, me.geom), 3))::json AS intersection
    FROM me
    JOIN sites o ON o.geom && me.geom AND ST_Relate(o.geom, me.geom, 'T********')
    JOIN projects p ON p.id = o.project_id
    WHERE ${excludeProjectId}::uuid IS NULL OR o.project_id <> ${excludeProjectId}::uuid
    ORDER BY o.id`
}

import type { MultiPolygon } from 'geojson'
import type { Sql } from '../client.ts'

export type SiteRow = {
  id: string
  projectId: string
  name: string
  nameEn: string | null
  geometry: MultiPolygon
  /** Geodesic area (ha), numeric as text. */
  areaHa: string
  createdAt: Date
  updatedAt: Date
}

/** A site with what the access checks need of its project. */
export type SiteWithProjectRow = SiteRow & { organisationId: string; projectStatus: string; projectName: string }

const siteColumns = (sql: Sql) => sql`
  s.id, s.project_id AS "projectId", s.name, s.name_en AS "nameEn",
  ST_AsGeoJSON(s.geom)::json AS geometry, s.area_ha::text AS "areaHa",
  s.created_at AS "createdAt", s.updated_at AS "updatedAt"`

export async function findSite(sql: Sql, id: string): Promise<SiteWithProjectRow | undefined> {
  const [row]: [SiteWithProjectRow?] = await sql`
    SELECT ${siteColumns(sql)}, p.organisation_id AS "organisationId", p.status AS "projectStatus", p.name AS "projectName"
    FROM sites s JOIN projects p ON p.id = s.project_id
    WHERE s.id = ${id}`
  return row
}

export async function listProjectSites(sql: Sql, projectId: string): Promise<SiteRow[]> {
  return sql<SiteRow[]>`
    SELECT ${siteColumns(sql)} FROM sites s WHERE s.project_id = ${projectId}
    ORDER BY s.created_at, s.id`
}

export type NewSite = {
  projectId: string
  name: string
  nameEn: string | null
  geometry: MultiPolygon
  /** Geodesic area (ha) as a decimal string with 4 places. */
  areaHa: string
}

const geomFrom = (sql: Sql, geometry: MultiPolygon) => sql`ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(geometry)}), 4326))`

export async function insertSite(sql: Sql, s: NewSite, now: Date): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    INSERT INTO sites (project_id, name, name_en, geom, area_ha, created_at, updated_at)
    VALUES (${s.projectId}, ${s.name}, ${s.nameEn}, ${geomFrom(sql, s.geometry)}, ${s.areaHa}, ${now}, ${now})
    RETURNING id`
  return row!.id
}

export type SitePatch = { name?: string; nameEn?: string | null; geometry?: MultiPolygon; areaHa?: string }

export async function updateSite(sql: Sql, id: string, patch: SitePatch, now: Date): Promise<void> {
  const geom = patch.geometry ? geomFrom(sql, patch.geometry) : sql`geom`
  await sql`
    UPDATE sites SET
      name = CASE WHEN ${patch.name !== undefined} THEN ${patch.name ?? null} ELSE name END,
      name_en = CASE WHEN ${patch.nameEn !== undefined} THEN ${patch.nameEn ?? null} ELSE name_en END,
      geom = ${geom},
      area_ha = CASE WHEN ${patch.areaHa !== undefined} THEN ${patch.areaHa ?? null}::numeric ELSE area_ha END,
      updated_at = ${now}
    WHERE id = ${id}`
}

/** True when this statement removed the site; false when a concurrent delete already had. */
export async function deleteSite(sql: Sql, id: string): Promise<boolean> {
  const rows = await sql`DELETE FROM sites WHERE id = ${id} RETURNING id`
  return rows.length === 1
}

export type PostgisValidity = { index: number; valid: boolean; reason: string | null; lon: number | null; lat: number | null }

/**
 * PostGIS's own verdict (ST_IsValidDetail) on geometries that passed our
 * checks: the last word before storing, since PostGIS is where they live.
 */
export async function postgisValidity(sql: Sql, geometries: MultiPolygon[]): Promise<PostgisValidity[]> {
  if (!geometries.length) return []
  const texts = geometries.map((g) => JSON.stringify(g))
  return sql<PostgisValidity[]>`
    SELECT (t.i - 1)::int AS index, (d).valid, (d).reason, ST_X((d).location) AS lon, ST_Y((d).location) AS lat
    FROM unnest(${sql.array(texts)}::text[]) WITH ORDINALITY AS t(g, i),
         LATERAL (SELECT ST_IsValidDetail(ST_GeomFromGeoJSON(t.g)) AS d) v
    ORDER BY t.i`
}

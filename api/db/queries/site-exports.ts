import type { MultiPolygon } from 'geojson'
import type { Sql } from '../client.ts'

export type SiteExportRow = {
  siteId: string
  name: string
  nameEn: string | null
  areaHa: string
  labelLon: number
  labelLat: number
  strataCount: number
  geometry: MultiPolygon
  estimateId: string | null
  methodologyId: string | null
  methodologyVersion: string | null
  totalNetCreditsTco2e: string | null
  estimatedAt: Date | null
}

/**
 * A project's sites with the latest saved estimate of each (the same order as
 * the estimates list: newest created_at, then id).
 */
export async function listSiteExports(sql: Sql, projectId: string): Promise<SiteExportRow[]> {
  return sql<SiteExportRow[]>`
    SELECT s.id AS "siteId", s.name, s.name_en AS "nameEn", s.area_ha::text AS "areaHa",
           ST_X(s.label_point) AS "labelLon", ST_Y(s.label_point) AS "labelLat",
           (SELECT count(*)::int FROM site_strata st WHERE st.site_id = s.id) AS "strataCount",
           ST_AsGeoJSON(s.geom)::json AS geometry,
           e.id AS "estimateId", e.methodology_id AS "methodologyId", e.methodology_version AS "methodologyVersion",
           e.total_net_credits_tco2e::text AS "totalNetCreditsTco2e", e.created_at AS "estimatedAt"
    FROM sites s
    LEFT JOIN LATERAL (
      SELECT id, methodology_id, methodology_version, total_net_credits_tco2e, created_at
      FROM site_estimates WHERE site_id = s.id
      ORDER BY created_at DESC, id DESC LIMIT 1
    ) e ON TRUE
    WHERE s.project_id = ${projectId}
    ORDER BY s.created_at, s.id`
}

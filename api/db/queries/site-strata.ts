import type { MultiPolygon } from 'geojson'
import type { Sql } from '../client.ts'

export type StratumRow = {
  id: string
  siteId: string
  ordinal: number
  name: string | null
  species: string
  plantingYear: number | null
  plantingDensityTreesPerHa: string | null
  survivalPercent: string | null
  areaPercent: string
  areaHa: string
  geometry: MultiPolygon | null
}

export type NewStratum = {
  name: string | null
  species: string
  plantingYear: number | null
  plantingDensityTreesPerHa: number | null
  survivalPercent: number | null
  areaPercent: number
  areaHa: number
  geometry: MultiPolygon | null
}

/** Replaces all strata of a site (strata are edited as one list). */
export async function replaceStrata(sql: Sql, siteId: string, strata: NewStratum[]): Promise<void> {
  await sql`DELETE FROM site_strata WHERE site_id = ${siteId}`
  for (const [ordinal, s] of strata.entries()) {
    const geom = s.geometry ? sql`ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(s.geometry)}), 4326))` : sql`NULL`
    await sql`
      INSERT INTO site_strata (site_id, ordinal, name, species, planting_year, planting_density_trees_per_ha, survival_percent, area_percent, area_ha, geom)
      VALUES (${siteId}, ${ordinal}, ${s.name}, ${s.species}, ${s.plantingYear}, ${s.plantingDensityTreesPerHa}, ${s.survivalPercent},
              ${s.areaPercent.toFixed(5)}, ${s.areaHa.toFixed(4)}, ${geom})`
  }
}

/** Strata of the given sites, in their order. */
export async function listStrata(sql: Sql, siteIds: string[]): Promise<StratumRow[]> {
  if (!siteIds.length) return []
  return sql<StratumRow[]>`
    SELECT id, site_id AS "siteId", ordinal, name, species, planting_year AS "plantingYear",
           planting_density_trees_per_ha::text AS "plantingDensityTreesPerHa", survival_percent::text AS "survivalPercent",
           area_percent::text AS "areaPercent", area_ha::text AS "areaHa",
           CASE WHEN geom IS NULL THEN NULL ELSE ST_AsGeoJSON(geom)::json END AS geometry
    FROM site_strata WHERE site_id = ANY(${sql.array(siteIds)}::uuid[])
    ORDER BY site_id, ordinal`
}

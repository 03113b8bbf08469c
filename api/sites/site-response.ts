import type { z } from '@hono/zod-openapi'
import type { SiteRow } from '../db/queries/sites.ts'
import type { StratumRow } from '../db/queries/site-strata.ts'
import type { siteSchema, stratumSchema } from '../routes/sites/schema.ts'

export type SiteResponse = z.infer<typeof siteSchema>

// numeric columns arrive as text; JSON carries them as display numbers.
const num = (v: string | null) => (v === null ? null : Number(v))

export function toStratumResponse(r: StratumRow): z.infer<typeof stratumSchema> {
  return {
    id: r.id,
    name: r.name,
    species: r.species,
    plantingYear: r.plantingYear,
    plantingDensityTreesPerHa: num(r.plantingDensityTreesPerHa),
    survivalPercent: num(r.survivalPercent),
    areaPercent: Number(r.areaPercent),
    areaHa: Number(r.areaHa),
    geometry: r.geometry,
  }
}

export function toSiteResponse(row: SiteRow, strata: StratumRow[]): SiteResponse {
  return {
    id: row.id,
    projectId: row.projectId,
    name: row.name,
    nameEn: row.nameEn,
    geometry: row.geometry,
    areaHa: Number(row.areaHa),
    strata: strata.filter((s) => s.siteId === row.id).map(toStratumResponse),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

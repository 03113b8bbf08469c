import type { MultiPolygon, Polygon } from 'geojson'
import { z } from 'zod'
import type { Http } from './http.ts'

const multiPolygonSchema = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(z.array(z.number())))) })

export const stratumSchema = z
  .object({
    id: z.string(),
    name: z.string().nullable(),
    species: z.string(),
    plantingYear: z.number().nullable(),
    plantingDensityTreesPerHa: z.number().nullable(),
    survivalPercent: z.number().nullable(),
    areaPercent: z.number(),
    areaHa: z.number(),
    geometry: multiPolygonSchema.nullable().optional(),
  })
  .loose()
export type Stratum = z.infer<typeof stratumSchema>

/** A stratum as sent to the API: a share of the site (`areaPercent`) or a polygon inside it (`geometry`), never both. */
export type StratumInput = {
  name?: string
  species: string
  plantingYear?: number
  plantingDensityTreesPerHa?: number
  survivalPercent?: number
} & ({ areaPercent: number } | { geometry: MultiPolygon })

export const overlapSchema = z
  .object({
    siteId: z.string().nullable(),
    siteName: z.string().nullable(),
    projectId: z.string().nullable(),
    projectName: z.string(),
    private: z.boolean(),
    projectStatus: z.string().nullable(),
    overlapHa: z.number(),
    shareOfSite: z.number(),
    blocksSubmission: z.boolean(),
  })
  .loose()
export type Overlap = z.infer<typeof overlapSchema>

export const siteSchema = z
  .object({
    id: z.string(),
    projectId: z.string(),
    name: z.string(),
    geometry: multiPolygonSchema,
    areaHa: z.number(),
    strata: z.array(stratumSchema),
    updatedAt: z.string(),
  })
  .loose()
export type Site = z.infer<typeof siteSchema>

const overlapCheckSchema = z.object({ blockingShare: z.number(), maxShare: z.number(), exceedsLimit: z.boolean() })
export const siteWithOverlapsSchema = siteSchema.extend({ overlaps: z.array(overlapSchema), overlapCheck: overlapCheckSchema })
export type SiteWithOverlaps = z.infer<typeof siteWithOverlapsSchema>

const base = (projectId: string) => `/api/v1/projects/${encodeURIComponent(projectId)}/sites`
const one = (siteId: string) => `/api/v1/sites/${encodeURIComponent(siteId)}`

export async function listSites(http: Http, projectId: string): Promise<Site[]> {
  return z.object({ items: z.array(siteSchema) }).parse(await http(base(projectId))).items
}

/** Stores a drawn site; the answer carries its geodesic area and its overlaps with other projects. */
export async function createSite(http: Http, projectId: string, site: { name: string; geometry: Polygon | MultiPolygon; strata?: StratumInput[] }): Promise<SiteWithOverlaps> {
  return siteWithOverlapsSchema.parse(await http(base(projectId), { method: 'POST', json: site }))
}

export async function updateSite(http: Http, siteId: string, patch: { name?: string; geometry?: Polygon | MultiPolygon; strata?: StratumInput[] }): Promise<SiteWithOverlaps> {
  return siteWithOverlapsSchema.parse(await http(one(siteId), { method: 'PATCH', json: patch }))
}

export async function deleteSite(http: Http, siteId: string): Promise<void> {
  await http(one(siteId), { method: 'DELETE' })
}

export type OverlapReport = { overlaps: Overlap[]; overlapCheck: z.infer<typeof overlapCheckSchema> }

export async function siteOverlaps(http: Http, siteId: string): Promise<OverlapReport> {
  return z.object({ overlaps: z.array(overlapSchema), overlapCheck: overlapCheckSchema }).parse(await http(`${one(siteId)}/overlaps`))
}

export const importResultSchema = z.object({
  format: z.string(),
  imported: z.array(siteWithOverlapsSchema),
  rejected: z.array(z.object({ index: z.number(), name: z.string().optional(), errors: z.array(z.object({ path: z.string(), message: z.string() }).loose()) })),
})
export type ImportResult = z.infer<typeof importResultSchema>

/** Uploads a GeoJSON, KML/KMZ or zipped Shapefile; valid features become sites, the others come back with reasons. */
export async function importSites(http: Http, projectId: string, file: File): Promise<ImportResult> {
  const form = new FormData()
  form.append('file', file, file.name)
  return importResultSchema.parse(await http(`${base(projectId)}/import`, { method: 'POST', form }))
}

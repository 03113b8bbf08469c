import { z } from '@hono/zod-openapi'
import { quantity } from '../../../methodologies/fields.ts'
import { MAX_SITE_VERTICES, MAX_STRATA_PER_SITE } from '../../geo/geometry-limits.ts'

/**
 * Only the envelope is checked by zod; rings and positions are checked by
 * api/geo so that every message says exactly where the problem is.
 */
export const siteGeometryInput = z
  .object({
    type: z.string().openapi({ enum: ['Polygon', 'MultiPolygon'], example: 'Polygon' }),
    coordinates: z.array(z.unknown()),
    // RFC 7946 §5 allows a bounding box; any other key is a typo or a Feature sent by mistake.
    bbox: z.array(z.number()).max(6).optional(),
  })
  .strict()
  .openapi('SiteGeometry', {
    description: `GeoJSON Polygon or MultiPolygon in WGS84 [longitude, latitude]; closed rings, no self-intersection, 0.01 ha to the configured maximum, at most ${MAX_SITE_VERTICES.toLocaleString('en')} positions per site.`,
    example: { type: 'Polygon', coordinates: [[[110.0, 21.0], [110.01, 21.0], [110.01, 21.01], [110.0, 21.01], [110.0, 21.0]]] },
  })

export const stratumInput = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    species: z.string().trim().min(1).max(100).openapi({ example: 'kandelia-obovata' }),
    plantingYear: quantity({ unit: 'year', about: { en: 'Planting year', zh: '造林年份' }, int: true, min: 1900, max: 2200 }).optional(),
    // Stored as numeric(12, 2) > 0 and numeric(9, 5) > 0 (migration 00005): a tiny positive value
    // would round to 0 and break the CHECK as a 500. No planting has under 1 tree/ha, and
    // 0.001 % of even a 10,000 ha site is 0.1 ha, the smallest stratum worth drawing.
    plantingDensityTreesPerHa: quantity({ unit: 'trees/ha', about: { en: 'Planting density', zh: '造林密度' }, min: 1, max: 100_000 }).optional(),
    survivalPercent: quantity({ unit: 'percent', about: { en: 'Survival of the planted trees', zh: '造林成活率' }, min: 0, max: 100 }).optional(),
    areaPercent: quantity({ unit: 'percent', about: { en: 'Share of the site (instead of a polygon)', zh: '占地块面积的比例（替代多边形）' }, min: 0.001, max: 100 }).optional(),
    geometry: siteGeometryInput.optional().openapi({ description: 'The stratum polygon, inside its site (instead of areaPercent).' }),
  })
  .strict()
  .superRefine((s, ctx) => {
    if ((s.geometry === undefined) === (s.areaPercent === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'Give either a geometry (a polygon inside the site) or areaPercent (a share of the site), not both or neither',
        params: { zh: '请提供 geometry（地块内的多边形）或 areaPercent（占地块的比例）之一，不能同时提供或都不提供' },
      })
    }
  })
  .openapi('StratumInput')
export type StratumInput = z.infer<typeof stratumInput>

export const strataInput = z.array(stratumInput).max(MAX_STRATA_PER_SITE)

export const createSiteBody = z
  .object({
    name: z.string().trim().min(1).max(200).openapi({ example: '高桥英罗港湾顶滩涂' }),
    nameEn: z.string().trim().min(1).max(200).nullable().optional(),
    geometry: siteGeometryInput,
    strata: strataInput.optional(),
  })
  .strict()
  .openapi('CreateSiteRequest')

export const patchSiteBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    nameEn: z.string().trim().min(1).max(200).nullable().optional(),
    geometry: siteGeometryInput.optional(),
    strata: strataInput.optional().openapi({ description: 'Replaces all strata. Omitted with a new geometry: the current strata are checked against it.' }),
  })
  .strict()
  .openapi('PatchSiteRequest')

const multiPolygon = z
  .object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(z.array(z.number())))) })
  .openapi('StoredSiteGeometry', { description: 'Always a MultiPolygon as stored (WGS84).' })

export const stratumSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string().nullable(),
    species: z.string(),
    plantingYear: z.number().int().nullable(),
    plantingDensityTreesPerHa: z.number().nullable(),
    survivalPercent: z.number().nullable(),
    areaPercent: z.number().openapi({ description: 'Share of the site (%), given or derived from the polygon.' }),
    areaHa: z.number().openapi({ description: 'Geodesic area (ha).' }),
    geometry: multiPolygon.nullable(),
  })
  .openapi('Stratum')

export const siteSchema = z
  .object({
    id: z.string().uuid(),
    projectId: z.string().uuid(),
    name: z.string(),
    nameEn: z.string().nullable(),
    geometry: multiPolygon,
    areaHa: z.number().openapi({ description: 'Geodesic area on the sphere (@turf/area), hectares.' }),
    strata: z.array(stratumSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Site')

export const overlapSchema = z
  .object({
    siteId: z.string().uuid().nullable().openapi({ description: 'Null when the other project is another organisation\'s draft.' }),
    siteName: z.string().nullable(),
    projectId: z.string().uuid().nullable(),
    projectName: z.string().openapi({ description: '"another project (private)" for another organisation\'s draft.' }),
    private: z.boolean(),
    projectStatus: z.string().nullable(),
    overlapHa: z.number().openapi({ description: 'Shared area (ha), geodesic on the sphere.' }),
    shareOfSite: z.number().openapi({ description: 'overlapHa / area of this site (ratio 0–1).' }),
    blocksSubmission: z.boolean().openapi({ description: 'The other project claims the land (submitted, under review, changes requested or registered).' }),
  })
  .openapi('Overlap')

export const overlapCheckSchema = z
  .object({
    blockingShare: z.number().openapi({ description: 'Sum of shareOfSite over overlaps that block submission (ratio).' }),
    maxShare: z.number().openapi({ description: 'Largest blocking share allowed at submission (ratio).' }),
    exceedsLimit: z.boolean(),
  })
  .openapi('OverlapCheck')

export const siteWithOverlapsSchema = siteSchema
  .extend({ overlaps: z.array(overlapSchema), overlapCheck: overlapCheckSchema })
  .openapi('SiteWithOverlaps')

export const siteIdParam = z.object({ siteId: z.string().uuid().openapi({ param: { name: 'siteId', in: 'path' } }) })

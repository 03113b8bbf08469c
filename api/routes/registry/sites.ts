import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { listRegistrySites } from '../../db/queries/registry-sites.ts'
import { commonProblems } from '../../http/problem-responses.ts'

const MAX_FEATURES = 5000

const bboxSchema = z
  .string()
  .transform((text, ctx) => {
    const parts = text.split(',').map((p) => Number(p.trim()))
    const [minLon, minLat, maxLon, maxLat] = parts
    const valid =
      parts.length === 4 &&
      parts.every(Number.isFinite) &&
      minLon! >= -180 && maxLon! <= 180 && minLat! >= -90 && maxLat! <= 90 &&
      minLon! < maxLon! && minLat! < maxLat!
    if (!valid) {
      ctx.addIssue({
        code: 'custom',
        message: 'bbox must be "minLon,minLat,maxLon,maxLat" in WGS84 degrees with min < max',
        params: { zh: 'bbox 应为 “最小经度,最小纬度,最大经度,最大纬度”（WGS84 度），且最小值小于最大值' },
      })
      return z.NEVER
    }
    return parts as [number, number, number, number]
  })
  .openapi({ example: '109.5,20.8,110.8,21.9', description: 'minLon,minLat,maxLon,maxLat (WGS84)' })

const query = z.object({
  bbox: bboxSchema.optional(),
  zoom: z.coerce.number().min(0).max(24).optional().openapi({ description: 'Map zoom; geometry is simplified to about half a pixel.' }),
})

const featureCollection = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.string(),
        geometry: z.any(),
        properties: z.object({
          siteId: z.string(),
          name: z.string(),
          projectId: z.string(),
          projectName: z.string(),
          sinkType: z.string(),
          status: z.string(),
          areaHa: z.number(),
        }),
      }),
    ),
    truncated: z.boolean().openapi({ description: `True when more than ${MAX_FEATURES} sites matched; zoom in.` }),
  })
  .openapi('RegistrySites')

const route = createRoute({
  method: 'get',
  path: '/sites',
  tags: ['Registry'],
  summary: 'Public layer of registered project sites in a viewport (GeoJSON)',
  request: { query },
  responses: {
    200: { description: 'Sites as GeoJSON', content: { 'application/geo+json': { schema: featureCollection } } },
    ...commonProblems,
  },
})

/** Degrees per pixel at `zoom` on a 512-px tile; half of it is invisible on screen. */
function simplifyToleranceDeg(zoom: number | undefined): number {
  if (zoom === undefined || zoom >= 16) return 0
  return 360 / (512 * 2 ** zoom) / 2
}

export function registerRegistrySites(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const { bbox, zoom } = c.req.valid('query')
    const rows = await listRegistrySites(c.var.services.sql, {
      bbox: bbox ?? [-180, -90, 180, 90],
      simplifyToleranceDeg: simplifyToleranceDeg(zoom),
      limit: MAX_FEATURES + 1,
    })
    const truncated = rows.length > MAX_FEATURES
    const body = {
      type: 'FeatureCollection' as const,
      features: rows.slice(0, MAX_FEATURES).map((r) => ({
        type: 'Feature' as const,
        id: r.siteId,
        geometry: r.geometry,
        properties: {
          siteId: r.siteId,
          name: r.name,
          projectId: r.projectId,
          projectName: r.projectName,
          sinkType: r.sinkType,
          status: r.status,
          // Display value; the exact numeric stays in the database.
          areaHa: Number(r.areaHa),
        },
      })),
      truncated,
    }
    return c.json(body, 200, { 'content-type': 'application/geo+json; charset=utf-8' })
  })
}

import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { commonProblems } from '../../http/problem-responses.ts'
import { registryLayer } from '../../registry/registry-layer.ts'

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
  zoom: z.coerce.number().min(0).max(24).optional().openapi({ description: 'Map zoom; polygons are simplified to about half a pixel, clusters use cells of 64 pixels.' }),
})

const siteProperties = z.object({
  siteId: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  projectId: z.string(),
  projectName: z.string(),
  projectNameEn: z.string().nullable(),
  sinkType: z.string(),
  status: z.string(),
  areaHa: z.number(),
})

const siteFeature = z.object({ type: z.literal('Feature'), id: z.string(), geometry: z.any(), properties: siteProperties })

const clusterFeature = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: z.object({ type: z.literal('Point'), coordinates: z.array(z.number()) }),
  properties: z.union([
    z.object({ cluster: z.literal(true), siteCount: z.number().int(), areaHa: z.number() }),
    siteProperties.extend({ cluster: z.literal(false), siteCount: z.literal(1) }),
  ]),
})

const featureCollection = z
  .object({
    type: z.literal('FeatureCollection'),
    representation: z.enum(['polygons', 'clusters']).openapi({
      description: '`polygons` when few sites are in view; otherwise `clusters`: one Point per grid cell (a lone site keeps its properties, with cluster=false).',
    }),
    features: z.array(z.union([siteFeature, clusterFeature])),
    truncated: z.boolean().openapi({ description: 'True when the answer was capped; zoom in.' }),
  })
  .openapi('RegistrySites')

const route = createRoute({
  method: 'get',
  path: '/sites',
  tags: ['Registry'],
  summary: 'Public layer of registered project sites in a viewport (GeoJSON): polygons, or clusters where dense',
  description:
    'Sites of every non-draft project whose box meets `bbox`. Up to 2,000 sites in view come as polygons simplified for `zoom`; more come as clusters on a 64-pixel grid (Points with siteCount and summed areaHa), so the answer stays small at any zoom.',
  request: { query },
  responses: {
    200: { description: 'Sites as GeoJSON', content: { 'application/geo+json': { schema: featureCollection } } },
    ...commonProblems,
  },
})

export function registerRegistrySites(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const { bbox, zoom } = c.req.valid('query')
    const text = await registryLayer(c.var.services.sql, { bbox: bbox ?? [-180, -90, 180, 90], zoom })
    // The text already is the documented FeatureCollection (built without a parse/stringify
    // round trip); `never` tells the typed handler so.
    return c.body(text, 200, { 'content-type': 'application/geo+json; charset=utf-8' }) as never
  })
}

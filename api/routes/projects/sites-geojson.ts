import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { listSiteExports } from '../../db/queries/site-exports.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { exportFileName } from '../../projects/export-file-name.ts'
import { readableProject } from '../../projects/project-access.ts'
import { projectIdParam } from './schema.ts'

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
          nameEn: z.string().nullable(),
          projectId: z.string(),
          projectName: z.string(),
          areaHa: z.number(),
          strataCount: z.number().int(),
          latestEstimate: z
            .object({ id: z.string(), methodologyId: z.string(), methodologyVersion: z.string(), totalNetCreditsTco2e: z.number().nullable(), createdAt: z.string() })
            .nullable(),
        }),
      }),
    ),
  })
  .openapi('ProjectSitesGeoJson')

const route = createRoute({
  method: 'get',
  path: '/{projectId}/sites.geojson',
  tags: ['Sites'],
  summary: 'Export a project\'s sites as GeoJSON, with areas and the latest saved estimate of each',
  request: { params: projectIdParam },
  responses: {
    200: { description: 'GeoJSON FeatureCollection (WGS84)', content: { 'application/geo+json': { schema: featureCollection } } },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerSitesGeoJson(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { sql } = c.var.services
    const project = await readableProject(sql, user, c.req.valid('param').projectId)
    const rows = await listSiteExports(sql, project.id)
    const body = {
      type: 'FeatureCollection' as const,
      features: rows.map((r) => ({
        type: 'Feature' as const,
        id: r.siteId,
        geometry: r.geometry,
        properties: {
          siteId: r.siteId,
          name: r.name,
          nameEn: r.nameEn,
          projectId: project.id,
          projectName: project.name,
          areaHa: Number(r.areaHa),
          strataCount: r.strataCount,
          latestEstimate: r.estimateId
            ? {
                id: r.estimateId,
                methodologyId: r.methodologyId!,
                methodologyVersion: r.methodologyVersion!,
                totalNetCreditsTco2e: r.totalNetCreditsTco2e === null ? null : Number(r.totalNetCreditsTco2e),
                createdAt: r.estimatedAt!.toISOString(),
              }
            : null,
        },
      })),
    }
    return c.json(body, 200, {
      'content-type': 'application/geo+json; charset=utf-8',
      'content-disposition': `attachment; filename="${exportFileName(project.id, 'geojson')}"`,
    })
  })
}

import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { listSiteExports } from '../../db/queries/site-exports.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { csvField, csvRow } from '../../shared/csv.ts'
import { exportFileName } from '../../projects/export-file-name.ts'
import { readableProject } from '../../projects/project-access.ts'
import { projectIdParam } from './schema.ts'

/** Column names carry their units; numeric values are the stored decimals, not floats. */
export const SITE_CSV_COLUMNS = [
  'site_id',
  'name',
  'name_en',
  'area_ha',
  'label_lon',
  'label_lat',
  'strata_count',
  'estimate_id',
  'methodology_id',
  'methodology_version',
  'total_net_credits_tco2e',
  'estimated_at',
] as const

const route = createRoute({
  method: 'get',
  path: '/{projectId}/sites.csv',
  tags: ['Sites'],
  summary: 'Export a project\'s sites as CSV (UTF-8 with BOM): area, a point inside each site, the latest saved estimate',
  request: { params: projectIdParam },
  responses: {
    200: { description: `CSV with columns ${SITE_CSV_COLUMNS.join(', ')}`, content: { 'text/csv': { schema: z.string() } } },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerSitesCsv(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { sql } = c.var.services
    const project = await readableProject(sql, user, c.req.valid('param').projectId)
    const rows = await listSiteExports(sql, project.id)
    // The BOM makes spreadsheet programs read the Chinese names as UTF-8.
    let text = `\uFEFF${csvRow([...SITE_CSV_COLUMNS])}`
    for (const r of rows) {
      text += csvRow([
        csvField(r.siteId),
        csvField(r.name, { text: true }),
        csvField(r.nameEn, { text: true }),
        csvField(r.areaHa),
        csvField(r.labelLon.toFixed(6)),
        csvField(r.labelLat.toFixed(6)),
        csvField(r.strataCount),
        csvField(r.estimateId),
        csvField(r.methodologyId, { text: true }),
        csvField(r.methodologyVersion, { text: true }),
        csvField(r.totalNetCreditsTco2e),
        csvField(r.estimatedAt ? r.estimatedAt.toISOString() : null),
      ])
    }
    return c.body(text, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${exportFileName(project.id, 'csv')}"`,
    })
  })
}

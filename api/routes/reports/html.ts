import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { buildSiteReport } from '../../reports/load-report.ts'
import { reportLocale } from '../../reports/report-locale.ts'
import { reportParamsSchema, reportQuerySchema } from './schema.ts'

const route = createRoute({
  method: 'get',
  path: '/{siteId}/report.html',
  tags: ['Reports'],
  summary: 'Printable project report of a site (HTML, zh or en)',
  description:
    'Self-contained page: map snapshot (offline coastline, neighbouring and overlapping sites, scale bar, north arrow, attribution), yearly and cumulative net credits of the latest saved estimate, deductions, GEP breakdown of the latest saved valuation, methodology ids and versions, every citation, content hashes and the report date. Readable by the owner organisation, admins, and reviewers/banks once the project left draft.',
  request: { params: reportParamsSchema, query: reportQuerySchema },
  responses: {
    200: { description: 'The report page', content: { 'text/html': { schema: z.string() } } },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerReportHtml(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const locale = reportLocale(c, c.req.valid('query').lang)
    const { sql, now } = c.var.services
    const report = await buildSiteReport(sql, user, c.req.valid('param').siteId, { locale, reportDate: now() })
    return c.body(report.html, 200, {
      'content-type': 'text/html; charset=utf-8',
      'content-language': locale === 'zh' ? 'zh-CN' : 'en',
      'cache-control': 'private, no-store',
    })
  })
}

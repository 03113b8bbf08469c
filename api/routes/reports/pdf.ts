import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { ApiError } from '../../errors/api-error.ts'
import { authProblems, commonProblems, notFoundProblem, problemResponse } from '../../http/problem-responses.ts'
import { PdfRendererUnavailable } from '../../reports/chromium-pdf.ts'
import { buildSiteReport } from '../../reports/load-report.ts'
import { reportLocale } from '../../reports/report-locale.ts'
import { reportParamsSchema, reportQuerySchema } from './schema.ts'

const route = createRoute({
  method: 'get',
  path: '/{siteId}/report.pdf',
  tags: ['Reports'],
  summary: 'The project report of a site as an A4 PDF (headless Chromium)',
  description: 'The same page as report.html, printed by headless Chromium. Without Chromium on the server → 503 `pdf_renderer_unavailable`.',
  request: { params: reportParamsSchema, query: reportQuerySchema },
  responses: {
    200: { description: 'The report as PDF', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
    503: problemResponse('No PDF renderer (headless Chromium) on the server; the HTML report still works.'),
  },
})

export function registerReportPdf(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const locale = reportLocale(c, c.req.valid('query').lang)
    const { sql, now, renderPdf } = c.var.services
    const siteId = c.req.valid('param').siteId
    const report = await buildSiteReport(sql, user, siteId, { locale, reportDate: now() })
    if (!renderPdf) throw new ApiError('pdf_renderer_unavailable', { params: { path: 'CHROMIUM_PATH (not configured)' } })
    let pdf: Uint8Array
    try {
      pdf = await renderPdf(report.html)
    } catch (err) {
      if (err instanceof PdfRendererUnavailable) {
        c.get('logger').warn('pdf renderer unavailable', { path: err.executablePath, cause: String(err.cause ?? '') })
        throw new ApiError('pdf_renderer_unavailable', { params: { path: err.executablePath }, cause: err })
      }
      throw err
    }
    return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/pdf',
      // The site id is a UUID, so the file name needs no escaping.
      'content-disposition': `inline; filename="site-report-${siteId}-${locale}.pdf"`,
      'content-language': locale === 'zh' ? 'zh-CN' : 'en',
      'cache-control': 'private, no-store',
    })
  })
}

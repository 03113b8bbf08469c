import { createRouter } from '../../http/router.ts'
import { registerReportHtml } from './html.ts'
import { registerReportPdf } from './pdf.ts'

/** Mounted at /api/v1/sites beside the sites CRUD router (Hono allows several per prefix). */
export function reportsRouter() {
  const router = createRouter()
  registerReportHtml(router)
  registerReportPdf(router)
  return router
}

import { createRouter } from '../../http/router.ts'
import { registerDeleteSite } from './delete.ts'
import { registerGetSite } from './get.ts'
import { registerSiteOverlaps } from './overlaps.ts'
import { registerUpdateSite } from './update.ts'

/** `/api/v1/sites/{siteId}…`; a project's site list, creation, import and export live under /projects. */
export function sitesRouter() {
  const router = createRouter()
  registerGetSite(router)
  registerUpdateSite(router)
  registerDeleteSite(router)
  registerSiteOverlaps(router)
  return router
}

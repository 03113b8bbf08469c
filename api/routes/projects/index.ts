import { createRouter } from '../../http/router.ts'
import { registerCreateProject } from './create.ts'
import { registerDeleteProject } from './delete.ts'
import { registerGetProject } from './get.ts'
import { registerListProjects } from './list.ts'
import { registerCreateSite } from './sites-create.ts'
import { registerSitesCsv } from './sites-csv.ts'
import { registerSitesGeoJson } from './sites-geojson.ts'
import { registerImportSites } from './sites-import.ts'
import { registerListSites } from './sites-list.ts'
import { registerSubmitProject } from './submit.ts'
import { registerUpdateProject } from './update.ts'

/** `/api/v1/projects…`: projects, and the sites of a project (list, create, import, export). */
export function projectsRouter() {
  const router = createRouter()
  registerListProjects(router)
  registerCreateProject(router)
  registerGetProject(router)
  registerUpdateProject(router)
  registerDeleteProject(router)
  registerSubmitProject(router)
  registerListSites(router)
  registerCreateSite(router)
  registerImportSites(router)
  registerSitesGeoJson(router)
  registerSitesCsv(router)
  return router
}

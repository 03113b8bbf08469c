import { createRouter } from '../../http/router.ts'
import { registerProjectChecks } from './get.ts'

/** Mounted at /api/v1/projects: `/{projectId}/checks`. */
export function projectChecksRouter() {
  const router = createRouter()
  registerProjectChecks(router)
  return router
}

import { createRouter } from '../../http/router.ts'
import { registerCreateIssuance } from './create.ts'
import { registerListIssuances } from './list.ts'

/** `/api/v1/projects/{projectId}/issuances`: verified issuance into serial blocks. */
export function issuancesRouter() {
  const router = createRouter()
  registerCreateIssuance(router)
  registerListIssuances(router)
  return router
}

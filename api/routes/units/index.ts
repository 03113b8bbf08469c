import { createRouter } from '../../http/router.ts'
import { registerCancelUnits } from './cancel.ts'
import { registerProjectUnits } from './project-units.ts'

/** `/api/v1/projects/{projectId}/units` and `/api/v1/units/cancel`: the serial blocks of the ledger. */
export function unitsRouter() {
  const router = createRouter()
  registerProjectUnits(router)
  registerCancelUnits(router)
  return router
}

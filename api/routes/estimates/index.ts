import { createRouter } from '../../http/router.ts'
import { registerCreateEstimate } from './create.ts'
import { registerGetEstimate } from './get.ts'
import { registerListEstimates } from './list.ts'
import { registerRerunEstimate } from './rerun.ts'

export function estimatesRouter() {
  const router = createRouter()
  registerCreateEstimate(router)
  registerListEstimates(router)
  registerGetEstimate(router)
  registerRerunEstimate(router)
  return router
}

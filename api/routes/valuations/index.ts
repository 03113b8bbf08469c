import { createRouter } from '../../http/router.ts'
import { registerCreateValuation } from './create.ts'
import { registerGetValuation } from './get.ts'
import { registerListValuations } from './list.ts'

export function valuationsRouter() {
  const router = createRouter()
  registerCreateValuation(router)
  registerListValuations(router)
  registerGetValuation(router)
  return router
}

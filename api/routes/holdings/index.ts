import { createRouter } from '../../http/router.ts'
import { registerListHoldings } from './list.ts'

/** `/api/v1/holdings`: the caller's organisation's units. */
export function holdingsRouter() {
  const router = createRouter()
  registerListHoldings(router)
  return router
}

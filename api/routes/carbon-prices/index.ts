import { createRouter } from '../../http/router.ts'
import { registerListCarbonPrices } from './list.ts'

export function carbonPricesRouter() {
  const router = createRouter()
  registerListCarbonPrices(router)
  return router
}

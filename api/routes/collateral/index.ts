import { createRouter } from '../../http/router.ts'
import { registerCreateCollateralValuation } from './create-valuation.ts'
import { registerGetCollateralValuation } from './get-valuation.ts'

export function collateralRouter() {
  const router = createRouter()
  registerCreateCollateralValuation(router)
  registerGetCollateralValuation(router)
  return router
}

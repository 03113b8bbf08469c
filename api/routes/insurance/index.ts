import { createRouter } from '../../http/router.ts'
import { registerCreateInsuranceQuote } from './create-quote.ts'

export function insuranceRouter() {
  const router = createRouter()
  registerCreateInsuranceQuote(router)
  return router
}

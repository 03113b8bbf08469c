import { createRouter } from '../../http/router.ts'
import { registerLedgerInvariants } from './invariants.ts'

/** `/api/v1/ledger…`: checks over the whole units ledger. */
export function ledgerRouter() {
  const router = createRouter()
  registerLedgerInvariants(router)
  return router
}

import { createRouter } from '../../http/router.ts'
import { registerVerifyAudit } from './verify.ts'

/** `/api/v1/audit…`: the hash-chained audit log. */
export function auditRouter() {
  const router = createRouter()
  registerVerifyAudit(router)
  return router
}

import { createRouter } from '../../http/router.ts'
import { registerCreateToken } from './create.ts'
import { registerListTokens } from './list.ts'
import { registerRevokeToken } from './revoke.ts'

export function tokensRouter() {
  const router = createRouter()
  registerListTokens(router)
  registerCreateToken(router)
  registerRevokeToken(router)
  return router
}

import { createRouter } from '../../http/router.ts'
import { registerCreateToken } from './create.ts'

export function tokensRouter() {
  const router = createRouter()
  registerCreateToken(router)
  return router
}

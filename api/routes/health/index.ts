import { createRouter } from '../../http/router.ts'
import { registerHealth } from './get.ts'

export function healthRouter() {
  const router = createRouter()
  registerHealth(router)
  return router
}

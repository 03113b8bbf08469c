import { createRouter } from '../../http/router.ts'
import { registerGetMe } from './get.ts'

export function meRouter() {
  const router = createRouter()
  registerGetMe(router)
  return router
}

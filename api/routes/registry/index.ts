import { createRouter } from '../../http/router.ts'
import { registerRegistrySites } from './sites.ts'

export function registryRouter() {
  const router = createRouter()
  registerRegistrySites(router)
  return router
}

import { createRouter } from '../../http/router.ts'
import { registerGetMethodology } from './get.ts'
import { registerListMethodologies } from './list.ts'

export function methodologiesRouter() {
  const router = createRouter()
  registerListMethodologies(router)
  registerGetMethodology(router)
  return router
}

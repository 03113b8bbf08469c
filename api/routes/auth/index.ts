import { createRouter } from '../../http/router.ts'
import { registerLogin } from './login.ts'
import { registerLogout } from './logout.ts'

export function authRouter() {
  const router = createRouter()
  registerLogin(router)
  registerLogout(router)
  return router
}

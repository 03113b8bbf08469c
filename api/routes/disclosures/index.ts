import { createRouter } from '../../http/router.ts'
import { registerCommentOnDisclosure } from './comment.ts'
import { registerGetDisclosure } from './get.ts'
import { registerListDisclosures } from './list.ts'
import { registerResolveObjection } from './resolve-objection.ts'

/** `/api/v1/public/disclosures…`: the public disclosure (公示) pages, readable without sign-in, and comments on them. */
export function publicDisclosuresRouter() {
  const router = createRouter()
  registerListDisclosures(router)
  registerGetDisclosure(router)
  registerCommentOnDisclosure(router)
  return router
}

/** `/api/v1/disclosures…`: reviewer actions on a disclosure. */
export function disclosuresRouter() {
  const router = createRouter()
  registerResolveObjection(router)
  return router
}

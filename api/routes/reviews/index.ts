import { createRouter } from '../../http/router.ts'
import { registerDecideReview } from './decide.ts'
import { registerReplyToFinding } from './finding-reply.ts'
import { registerResolveFinding } from './finding-resolve.ts'
import { registerCreateFinding } from './findings-create.ts'
import { registerListFindings } from './findings-list.ts'
import { registerReviewHistory } from './history.ts'

/** `/api/v1/projects/{projectId}/…`: review decisions, their history and the findings of a project. */
export function projectReviewsRouter() {
  const router = createRouter()
  registerDecideReview(router)
  registerReviewHistory(router)
  registerListFindings(router)
  registerCreateFinding(router)
  return router
}

/** `/api/v1/findings/{findingId}/…`: the thread of one finding. */
export function findingsRouter() {
  const router = createRouter()
  registerReplyToFinding(router)
  registerResolveFinding(router)
  return router
}

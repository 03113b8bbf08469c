import type { AuthUser } from '../auth/auth-user.ts'
import type { ProjectOwnership } from '../projects/project-access.ts'
import type { Sql } from '../db/client.ts'
import { findFinding, findingProjectId, type FindingRow } from '../db/queries/review-findings.ts'
import { ApiError } from '../errors/api-error.ts'
import { lockReviewedProject } from './lock-reviewed-project.ts'

const FINDING_NOT_FOUND = { resource: 'finding', resourceZh: '审核意见' }

/**
 * Locks the finding's project (the one lock order of every review change) and
 * checks the caller. A finding of a project the caller cannot see answers
 * exactly like a missing finding.
 */
export async function lockFindingProject(
  tx: Sql,
  user: AuthUser,
  findingId: string,
  assertAccess: (user: AuthUser, project: ProjectOwnership) => void,
): Promise<FindingRow> {
  const projectId = await findingProjectId(tx, findingId)
  if (!projectId) throw new ApiError('not_found', { params: FINDING_NOT_FOUND })
  try {
    await lockReviewedProject(tx, user, projectId, assertAccess)
  } catch (err) {
    if (err instanceof ApiError && err.code === 'not_found') throw new ApiError('not_found', { params: FINDING_NOT_FOUND })
    throw err
  }
  const finding = await findFinding(tx, findingId)
  if (!finding) throw new ApiError('not_found', { params: FINDING_NOT_FOUND })
  return finding
}

import type { AuthUser } from '../auth/auth-user.ts'
import type { ProjectOwnership } from '../projects/project-access.ts'
import type { Sql } from '../db/client.ts'
import { lockProject } from '../db/queries/projects.ts'
import { ApiError } from '../errors/api-error.ts'

export type LockedProject = { id: string; organisationId: string; status: string }

/**
 * Locks the project row for the rest of the transaction, then checks the
 * caller with `assertAccess`. Every review, finding and disclosure change
 * takes this lock first, so two reviewers deciding at once are serialised:
 * the second sees the first's status and gets 409.
 */
export async function lockReviewedProject(
  tx: Sql,
  user: AuthUser,
  projectId: string,
  assertAccess: (user: AuthUser, project: ProjectOwnership) => void,
): Promise<LockedProject> {
  const project = await lockProject(tx, projectId)
  if (!project) throw new ApiError('not_found', { params: { resource: 'project', resourceZh: '项目' } })
  assertAccess(user, project)
  return project
}

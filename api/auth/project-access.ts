import { ApiError } from '../errors/api-error.ts'
import type { AuthUser } from './auth-user.ts'

export type ProjectOwnership = { organisationId: string; status: string }

/** How a 404 names its object; a hidden one must be named exactly as a missing one. */
export type NotFoundParams = { resource: string; resourceZh: string }
const PROJECT_NOT_FOUND: NotFoundParams = { resource: 'project', resourceZh: '项目' }

/**
 * Who may see a project (and its sites and estimates): its own organisation,
 * admins, and — once it has left draft — reviewers and banks, who examine
 * projects of other organisations. Anyone else gets 404 so that a private
 * draft's existence does not leak. `hiddenAs` names the object asked for (a
 * site, an estimate…) as the caller's 404 for a missing one does.
 */
export function assertCanReadProject(user: AuthUser, project: ProjectOwnership, hiddenAs: NotFoundParams = PROJECT_NOT_FOUND): void {
  if (user.roles.includes('admin') || user.organisationId === project.organisationId) return
  if (project.status !== 'draft' && user.roles.some((r) => r === 'reviewer' || r === 'bank')) return
  throw new ApiError('not_found', { params: hiddenAs })
}

/**
 * Who may change a project: an `owner` of its organisation, or an admin.
 * A foreign caller who may see the project gets 403; one who may not, 404.
 */
export function assertCanWriteProject(user: AuthUser, project: ProjectOwnership, hiddenAs: NotFoundParams = PROJECT_NOT_FOUND): void {
  if (user.roles.includes('admin')) return
  if (user.organisationId === project.organisationId && user.roles.includes('owner')) return
  assertCanReadProject(user, project, hiddenAs)
  throw new ApiError('forbidden', { params: { roles: 'owner (of the project organisation)' } })
}

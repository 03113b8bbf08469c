import type { AuthUser } from '../auth/auth-user.ts'
import { assertCanReadProject, type ProjectOwnership } from '../projects/project-access.ts'
import { ApiError } from '../errors/api-error.ts'

const REVIEWER_ROLE = 'reviewer (of an exchange organisation other than the project owner)'

/** Whether the caller reviews for an exchange and is not of the project's own organisation. */
export function isExchangeReviewer(user: AuthUser, project: { organisationId: string }): boolean {
  return user.roles.includes('reviewer') && user.organisationKind === 'exchange' && user.organisationId !== project.organisationId
}

/**
 * Reviewing is for exchange reviewers only, never one of the owner's own
 * organisation (no self-review). A caller who cannot see the project gets the
 * same 404 as for a missing one; one who can but may not review gets 403.
 */
export function assertExchangeReviewer(user: AuthUser, project: ProjectOwnership): void {
  assertCanReadProject(user, project)
  if (!isExchangeReviewer(user, project)) throw new ApiError('forbidden', { params: { roles: REVIEWER_ROLE } })
}

/** Findings threads are between the project's owners and the exchange's reviewers. */
export function assertFindingParticipant(user: AuthUser, project: ProjectOwnership): void {
  assertCanReadProject(user, project)
  if (isExchangeReviewer(user, project)) return
  if (user.organisationId === project.organisationId && user.roles.includes('owner')) return
  throw new ApiError('forbidden', { params: { roles: `owner (of the project organisation) | ${REVIEWER_ROLE}` } })
}

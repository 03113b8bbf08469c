import type { AuthUser } from '../auth/auth-user.ts'
import type { Sql } from '../db/client.ts'
import { findProject, lockProject, type ProjectRow } from '../db/queries/projects.ts'
import { ApiError } from '../errors/api-error.ts'
import { EDITABLE_STATUSES, STATUS_ZH } from './project-status.ts'

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

/** The project if the caller may read it; 404 when it is missing or hidden. */
export async function readableProject(sql: Sql, user: AuthUser, id: string): Promise<ProjectRow> {
  const project = await findProject(sql, id)
  if (!project) throw new ApiError('not_found', { params: PROJECT_NOT_FOUND })
  assertCanReadProject(user, project)
  return project
}

/**
 * The same checks as lockEditableProject without a lock: run before slow
 * work (parsing a file, checking 10,000 vertices) so that work happens
 * outside the transaction, and a refused caller learns nothing about the input.
 */
export async function assertWritableProject(sql: Sql, user: AuthUser, id: string): Promise<void> {
  const project = await findProject(sql, id)
  if (!project) throw new ApiError('not_found', { params: PROJECT_NOT_FOUND })
  assertCanWriteProject(user, project)
  assertEditable(project.status)
}

/**
 * Locks the project for the transaction and checks the caller may change it
 * (404 hidden / 403 foreign) and that its status allows edits (409).
 */
export async function lockEditableProject(tx: Sql, user: AuthUser, id: string): Promise<{ id: string; organisationId: string; status: string }> {
  const project = await lockProject(tx, id)
  if (!project) throw new ApiError('not_found', { params: PROJECT_NOT_FOUND })
  assertCanWriteProject(user, project)
  assertEditable(project.status)
  return project
}

export function assertEditable(status: string): void {
  if (!EDITABLE_STATUSES.has(status)) throw new ApiError('project_not_editable', { params: { status, statusZh: STATUS_ZH[status] ?? status } })
}

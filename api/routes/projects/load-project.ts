import type { AuthUser } from '../../auth/auth-user.ts'
import { assertCanReadProject, assertCanWriteProject } from '../../auth/project-access.ts'
import type { Sql } from '../../db/client.ts'
import { findProject, lockProject, type ProjectRow } from '../../db/queries/projects.ts'
import { ApiError } from '../../errors/api-error.ts'
import { EDITABLE_STATUSES } from './project-status.ts'

const NOT_FOUND = { resource: 'project', resourceZh: '项目' }

export const STATUS_ZH: Record<string, string> = {
  draft: '草稿',
  submitted: '已提交',
  under_review: '审核中',
  changes_requested: '需修改',
  approved: '已批准（公示中）',
  registered: '已登记',
  rejected: '已驳回',
}

/** The project if the caller may read it; 404 when it is missing or hidden. */
export async function readableProject(sql: Sql, user: AuthUser, id: string): Promise<ProjectRow> {
  const project = await findProject(sql, id)
  if (!project) throw new ApiError('not_found', { params: NOT_FOUND })
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
  if (!project) throw new ApiError('not_found', { params: NOT_FOUND })
  assertCanWriteProject(user, project)
  assertEditable(project.status)
}

/**
 * Locks the project for the transaction and checks the caller may change it
 * (404 hidden / 403 foreign) and that its status allows edits (409).
 */
export async function lockEditableProject(tx: Sql, user: AuthUser, id: string): Promise<{ id: string; organisationId: string; status: string }> {
  const project = await lockProject(tx, id)
  if (!project) throw new ApiError('not_found', { params: NOT_FOUND })
  assertCanWriteProject(user, project)
  assertEditable(project.status)
  return project
}

export function assertEditable(status: string): void {
  if (!EDITABLE_STATUSES.has(status)) throw new ApiError('project_not_editable', { params: { status, statusZh: STATUS_ZH[status] ?? status } })
}

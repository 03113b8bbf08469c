import type { AuthUser } from '../auth/auth-user.ts'
import { assertCanReadProject } from '../projects/project-access.ts'
import type { Sql } from '../db/client.ts'
import { findProject, type ProjectRow } from '../db/queries/projects.ts'
import { ApiError } from '../errors/api-error.ts'

/**
 * Who may value a project as collateral or quote its insurance: a bank (any
 * project it may see, i.e. past draft), an owner of the project's own
 * organisation, or an admin. Anyone else who may see the project gets 403; a
 * project the caller may not see is 404, as a missing one.
 */
export async function collateralProject(sql: Sql, user: AuthUser, projectId: string): Promise<ProjectRow> {
  const project = await findProject(sql, projectId)
  if (!project) throw new ApiError('not_found', { params: { resource: 'project', resourceZh: '项目' } })
  if (user.roles.includes('admin')) return project
  const ownOrg = project.organisationId === user.organisationId
  if (user.roles.includes('owner') && ownOrg) return project
  assertCanReadProject(user, project)
  if (user.roles.includes('bank')) return project
  throw new ApiError('forbidden', { params: { roles: 'bank | owner (of the project organisation)' } })
}

import type { Context } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { ApiError } from '../errors/api-error.ts'
import type { AuthUser, Role } from './auth-user.ts'

/**
 * The one authorization layer every route uses. `requireUser` demands a
 * signed-in caller; `requireRole` adds a role check. Object-level checks go
 * through `assertOrganisationAccess`.
 */
export function requireUser(c: Context<AppEnv>): AuthUser {
  const user = c.get('auth')
  if (!user) throw new ApiError('unauthenticated')
  return user
}

export function requireRole(c: Context<AppEnv>, ...roles: Role[]): AuthUser {
  const user = requireUser(c)
  if (!roles.some((r) => user.roles.includes(r))) throw new ApiError('forbidden', { params: { roles: roles.join(' | ') } })
  return user
}

/**
 * Whether `user` may act on an object owned by `organisationId`. Admins act
 * everywhere. When the object is private (`hideExistence`), a foreign caller
 * gets 404 so its existence does not leak; otherwise 403.
 */
export function assertOrganisationAccess(
  user: AuthUser,
  organisationId: string,
  options: { hideExistence: boolean; resource: string; resourceZh: string },
): void {
  if (user.roles.includes('admin') || user.organisationId === organisationId) return
  if (options.hideExistence) throw new ApiError('not_found', { params: { resource: options.resource, resourceZh: options.resourceZh } })
  throw new ApiError('forbidden', { params: { roles: 'member of the owning organisation' } })
}

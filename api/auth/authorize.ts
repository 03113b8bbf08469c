import type { Context } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { ApiError } from '../errors/api-error.ts'
import type { AuthUser, Role } from './auth-user.ts'

/**
 * The one authorization layer every route uses. `requireUser` demands a
 * signed-in caller; `requireRole` adds a role check. Object-level checks go
 * through project-access.ts (projects, and the sites, estimates and
 * valuations they own).
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

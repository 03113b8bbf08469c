import { z } from '@hono/zod-openapi'

export const ROLES = ['owner', 'reviewer', 'bank', 'buyer', 'admin'] as const
export const roleSchema = z.enum(ROLES)
export type Role = z.infer<typeof roleSchema>

/** The signed-in principal as the API exposes it (`GET /api/v1/me`). */
export const publicUserSchema = z
  .object({
    id: z.string().uuid(),
    email: z.string(),
    displayName: z.string(),
    organisation: z.object({ id: z.string().uuid(), name: z.string(), kind: z.string() }),
    roles: z.array(roleSchema),
  })
  .openapi('User')
export type PublicUser = z.infer<typeof publicUserSchema>

export type AuthUser = {
  id: string
  email: string
  displayName: string
  organisationId: string
  organisationName: string
  organisationKind: string
  roles: Role[]
  /** How the request proved who it is. */
  via: 'session' | 'token'
}

export function toPublicUser(user: AuthUser): PublicUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    organisation: { id: user.organisationId, name: user.organisationName, kind: user.organisationKind },
    roles: user.roles,
  }
}

import type { Sql } from '../client.ts'
import type { AuthUser, Role } from '../../auth/auth-user.ts'

type UserRow = {
  id: string
  email: string
  displayName: string
  passwordHash: string
  organisationId: string
  organisationName: string
  organisationKind: string
  roles: Role[]
  disabledAt: Date | null
}

const selectUser = (sql: Sql) => sql`
  SELECT u.id, u.email, u.display_name AS "displayName", u.password_hash AS "passwordHash",
         u.disabled_at AS "disabledAt",
         o.id AS "organisationId", o.name AS "organisationName", o.kind AS "organisationKind",
         coalesce(array_agg(r.role ORDER BY r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
  FROM users u
  JOIN organisations o ON o.id = u.organisation_id
  LEFT JOIN user_roles r ON r.user_id = u.id`

export async function findUserByEmail(sql: Sql, email: string): Promise<UserRow | undefined> {
  const [row]: [UserRow?] = await sql`${selectUser(sql)} WHERE lower(u.email) = lower(${email}) GROUP BY u.id, o.id`
  return row
}

export function toAuthUser(row: UserRow, via: AuthUser['via']): AuthUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    organisationKind: row.organisationKind,
    roles: row.roles,
    via,
  }
}

/** The user behind a live session token hash, or undefined when unknown, expired or disabled. */
export async function findUserBySessionHash(sql: Sql, tokenHash: string, now: Date): Promise<UserRow | undefined> {
  const [row]: [UserRow?] = await sql`
    ${selectUser(sql)}
    JOIN sessions s ON s.user_id = u.id
    WHERE s.token_hash = ${tokenHash} AND s.expires_at > ${now} AND u.disabled_at IS NULL
    GROUP BY u.id, o.id`
  return row
}

export async function findUserByApiTokenHash(sql: Sql, tokenHash: string, now: Date): Promise<UserRow | undefined> {
  const [row]: [UserRow?] = await sql`
    ${selectUser(sql)}
    JOIN api_tokens t ON t.user_id = u.id
    WHERE t.token_hash = ${tokenHash} AND t.revoked_at IS NULL
      AND (t.expires_at IS NULL OR t.expires_at > ${now}) AND u.disabled_at IS NULL
    GROUP BY u.id, o.id`
  return row
}

import type { Sql } from '../client.ts'

/** A token as its owner may see it: never the secret or its hash. */
export type ApiTokenRow = {
  id: string
  name: string
  tokenPrefix: string
  createdAt: Date
  expiresAt: Date | null
  lastUsedAt: Date | null
  revokedAt: Date | null
}

const publicColumns = (sql: Sql) => sql`
  id, name, token_prefix AS "tokenPrefix", created_at AS "createdAt", expires_at AS "expiresAt",
  last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"`

export async function insertApiToken(
  sql: Sql,
  token: { userId: string; name: string; tokenPrefix: string; tokenHash: string; createdAt: Date; expiresAt: Date | null },
): Promise<ApiTokenRow> {
  const [row] = await sql<ApiTokenRow[]>`
    INSERT INTO api_tokens (user_id, name, token_prefix, token_hash, created_at, expires_at)
    VALUES (${token.userId}, ${token.name}, ${token.tokenPrefix}, ${token.tokenHash}, ${token.createdAt}, ${token.expiresAt})
    RETURNING ${publicColumns(sql)}`
  return row!
}

/** The user's tokens, newest first, revoked and expired ones included (with their dates). */
export async function listApiTokens(sql: Sql, userId: string): Promise<ApiTokenRow[]> {
  return sql<ApiTokenRow[]>`
    SELECT ${publicColumns(sql)} FROM api_tokens WHERE user_id = ${userId} ORDER BY created_at DESC, id`
}

/**
 * Revokes one live token of the user. Undefined when there is none — missing,
 * another user's, or already revoked — so a repeat answers 404. The UPDATE's
 * row lock settles concurrent revocations: the losers re-check `revoked_at`
 * after the winner commits and match nothing.
 */
export async function revokeApiToken(sql: Sql, token: { id: string; userId: string; at: Date }): Promise<ApiTokenRow | undefined> {
  const [row]: [ApiTokenRow?] = await sql`
    UPDATE api_tokens SET revoked_at = ${token.at}
    WHERE id = ${token.id} AND user_id = ${token.userId} AND revoked_at IS NULL
    RETURNING ${publicColumns(sql)}`
  return row
}

/**
 * Records use of a token at most once a minute: a machine client calling in a
 * loop must not turn every read into a write.
 */
export async function touchApiToken(sql: Sql, tokenHash: string, now: Date): Promise<void> {
  await sql`
    UPDATE api_tokens SET last_used_at = ${now}
    WHERE token_hash = ${tokenHash}
      AND (last_used_at IS NULL OR last_used_at < ${now}::timestamptz - interval '1 minute')`
}

import type { Sql } from '../client.ts'

export type ApiTokenRow = { id: string; name: string; tokenPrefix: string; createdAt: Date; expiresAt: Date | null }

export async function insertApiToken(
  sql: Sql,
  token: { userId: string; name: string; tokenPrefix: string; tokenHash: string; expiresAt: Date | null },
): Promise<ApiTokenRow> {
  const [row] = await sql<ApiTokenRow[]>`
    INSERT INTO api_tokens (user_id, name, token_prefix, token_hash, expires_at)
    VALUES (${token.userId}, ${token.name}, ${token.tokenPrefix}, ${token.tokenHash}, ${token.expiresAt})
    RETURNING id, name, token_prefix AS "tokenPrefix", created_at AS "createdAt", expires_at AS "expiresAt"`
  return row!
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

import type { Sql } from '../client.ts'

export async function insertSession(
  sql: Sql,
  session: { tokenHash: string; userId: string; expiresAt: Date; ip: string | null; userAgent: string | null },
): Promise<void> {
  await sql`
    INSERT INTO sessions (token_hash, user_id, expires_at, ip, user_agent)
    VALUES (${session.tokenHash}, ${session.userId}, ${session.expiresAt}, ${session.ip}, ${session.userAgent})`
}

export async function deleteSession(sql: Sql, tokenHash: string): Promise<number> {
  const result = await sql`DELETE FROM sessions WHERE token_hash = ${tokenHash}`
  return result.count
}

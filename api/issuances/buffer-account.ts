import type { Sql } from '../db/client.ts'

/** seed_key of the platform buffer account, created by migration 00011. */
export const BUFFER_ACCOUNT_SEED_KEY = 'platform-buffer-account'

/** The organisation that holds every issuance's buffer share (state 'buffer'). */
export async function bufferAccountId(tx: Sql): Promise<string> {
  const [row]: [{ id: string }?] = await tx`SELECT id FROM organisations WHERE seed_key = ${BUFFER_ACCOUNT_SEED_KEY}`
  if (!row) throw new Error('platform buffer account missing (migration 00011 not applied?)')
  return row.id
}

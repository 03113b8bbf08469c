import type { AuthUser } from '../auth/auth-user.ts'
import type { Database, Sql } from '../db/client.ts'
import { appendAuditEvent } from '../db/queries/audit-events.ts'

/**
 * Stores an estimate or a valuation against a site and records it in the
 * audit chain in the same transaction, so a saved result never exists without
 * its audit event (and the other way round).
 *
 * @param insert writes the row with the transaction it is given
 * @returns the inserted row
 */
export async function saveAnalysis<Row extends { id: string }>(
  sql: Database,
  saved: {
    user: AuthUser
    siteId: string
    at: Date
    kind: 'estimate' | 'valuation'
    methodology: { id: string; version: string }
    contentHash: string
  },
  insert: (tx: Sql) => Promise<Row>,
): Promise<Row> {
  const { user, siteId, at, kind, methodology, contentHash } = saved
  // begin() types its result as UnwrapPromiseArray<Row>, which is Row for a row object.
  return sql.begin(async (tx) => {
    const inserted = await insert(tx)
    await appendAuditEvent(
      tx,
      {
        actorUserId: user.id,
        action: `${kind}.save`,
        subjectType: 'site',
        subjectId: siteId,
        payload: { [`${kind}Id`]: inserted.id, methodology: methodology.id, version: methodology.version, contentHash },
      },
      at,
    )
    return inserted
  }) as Promise<Row>
}

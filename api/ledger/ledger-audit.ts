import type { Sql } from '../db/client.ts'
import { appendAuditEvent } from '../db/queries/audit-events.ts'
import { linkBlockEvents } from './block-events.ts'

export type LedgerAudit = {
  actorUserId: string | null
  action: string
  subjectType: string
  subjectId: string
  payload: Record<string, unknown>
}

/**
 * Appends the one hash-chained audit event of a ledger change and links the
 * change's block events to it. appendAuditEvent holds the chain's advisory lock
 * until the transaction ends, so concurrent changes cannot fork the chain.
 * Call it last in the transaction, after every block change is made, so the
 * payload can state the serial ranges that moved.
 */
export async function appendLedgerAudit(tx: Sql, audit: LedgerAudit, blockEventIds: string[], at: Date): Promise<string> {
  const hash = await appendAuditEvent(tx, audit, at)
  const [row] = await tx<{ id: string }[]>`SELECT id::text AS id FROM audit_events WHERE hash = ${hash}`
  await linkBlockEvents(tx, blockEventIds, row!.id)
  return row!.id
}

import { createHash } from 'node:crypto'
import type { Sql } from '../client.ts'
import { canonicalJson } from '../../shared/canonical-json.ts'

export type AuditEventInput = {
  actorUserId: string | null
  action: string
  subjectType: string
  subjectId: string
  payload?: Record<string, unknown>
}

const GENESIS = '0'.repeat(64)

function eventHash(prevHash: string, occurredAt: Date, e: AuditEventInput): string {
  return createHash('sha256')
    .update(canonicalJson([prevHash, occurredAt.toISOString(), e.actorUserId, e.action, e.subjectType, e.subjectId, e.payload ?? {}]))
    .digest('hex')
}

/**
 * Appends one audit event whose hash covers the previous event's hash, making
 * the log a verifiable chain. Call it with the transaction of the change it
 * records. The advisory lock serialises appends so two concurrent transactions
 * cannot both link to the same predecessor.
 */
export async function appendAuditEvent(tx: Sql, event: AuditEventInput, occurredAt: Date): Promise<string> {
  await tx`SELECT pg_advisory_xact_lock(727274002)`
  const [last]: [{ hash: string }?] = await tx`SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1`
  const prevHash = last?.hash ?? GENESIS
  const payload = event.payload ?? {}
  const hash = eventHash(prevHash, occurredAt, event)
  await tx`
    INSERT INTO audit_events (occurred_at, actor_user_id, action, subject_type, subject_id, payload, prev_hash, hash)
    VALUES (${occurredAt}, ${event.actorUserId}, ${event.action}, ${event.subjectType}, ${event.subjectId},
            ${tx.json(payload as never)}, ${prevHash}, ${hash})`
  return hash
}

/** Recomputes the chain; returns the id of the first broken event, or null when intact. */
export async function verifyAuditChain(sql: Sql): Promise<{ events: number; brokenAt: string | null }> {
  const rows = await sql<
    { id: string; occurredAt: Date; actorUserId: string | null; action: string; subjectType: string; subjectId: string; payload: Record<string, unknown>; prevHash: string; hash: string }[]
  >`SELECT id, occurred_at AS "occurredAt", actor_user_id AS "actorUserId", action, subject_type AS "subjectType",
           subject_id AS "subjectId", payload, prev_hash AS "prevHash", hash
    FROM audit_events ORDER BY id`
  let prev = GENESIS
  for (const row of rows) {
    if (row.prevHash !== prev || eventHash(prev, row.occurredAt, row) !== row.hash) return { events: rows.length, brokenAt: row.id }
    prev = row.hash
  }
  return { events: rows.length, brokenAt: null }
}

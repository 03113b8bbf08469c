import type { Sql } from '../db/client.ts'
import type { UnitState } from './unit-states.ts'

export type BlockEventKind = 'issue' | 'split' | 'move' | 'cancel'

export type BlockEvent = {
  blockId: string
  parentBlockId?: string | null
  kind: BlockEventKind
  firstSerial: number
  lastSerial: number
  fromHolder: string | null
  toHolder: string
  fromState: UnitState | null
  toState: UnitState
}

/** Records one change of a block; linked to its audit event by linkBlockEvents. */
export async function recordBlockEvent(tx: Sql, e: BlockEvent, at: Date): Promise<string> {
  const [row] = await tx<{ id: string }[]>`
    INSERT INTO serial_block_events (block_id, parent_block_id, kind, first_serial, last_serial,
      from_holder_organisation_id, to_holder_organisation_id, from_state, to_state, at)
    VALUES (${e.blockId}, ${e.parentBlockId ?? null}, ${e.kind}, ${e.firstSerial}, ${e.lastSerial},
      ${e.fromHolder}, ${e.toHolder}, ${e.fromState}, ${e.toState}, ${at})
    RETURNING id::text AS id`
  return row!.id
}

/** Points block events at the audit event that records the change they belong to. */
export async function linkBlockEvents(tx: Sql, eventIds: string[], auditEventId: string): Promise<void> {
  if (!eventIds.length) return
  await tx`UPDATE serial_block_events SET audit_event_id = ${auditEventId} WHERE id = ANY(${eventIds}::bigint[])`
}

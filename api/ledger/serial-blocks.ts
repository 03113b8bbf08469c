import type { Sql } from '../db/client.ts'
import { recordBlockEvent } from './block-events.ts'
import type { UnitState } from './unit-states.ts'

/** A serial block as the ledger code handles it; serials are safe integers. */
export type SerialBlock = {
  id: string
  projectId: string
  vintage: number
  issuanceId: string
  firstSerial: number
  lastSerial: number
  holderOrganisationId: string
  state: UnitState
}

type BlockRow = Omit<SerialBlock, 'firstSerial' | 'lastSerial'> & { firstSerial: string; lastSerial: string }

export const blockColumns = (tx: Sql) => tx`
  id::text AS id, project_id AS "projectId", vintage, issuance_id AS "issuanceId",
  first_serial::text AS "firstSerial", last_serial::text AS "lastSerial",
  holder_organisation_id AS "holderOrganisationId", state`

/** bigint columns arrive as text; serials stay far below 2^53, which this asserts. */
export function toBlock(row: BlockRow): SerialBlock {
  const firstSerial = Number(row.firstSerial)
  const lastSerial = Number(row.lastSerial)
  if (!Number.isSafeInteger(firstSerial) || !Number.isSafeInteger(lastSerial)) throw new Error(`serial beyond 2^53 in block ${row.id}`)
  return { ...row, firstSerial, lastSerial }
}

export const blockQuantityTco2e = (b: { firstSerial: number; lastSerial: number }) => b.lastSerial - b.firstSerial + 1

/** Creates a block at issuance and records its 'issue' event; returns the block and event ids. */
export async function insertIssuedBlock(
  tx: Sql,
  block: Omit<SerialBlock, 'id'>,
  at: Date,
): Promise<{ blockId: string; eventId: string }> {
  const [row] = await tx<{ id: string }[]>`
    INSERT INTO serial_blocks (project_id, vintage, issuance_id, first_serial, last_serial, holder_organisation_id, state, created_at, updated_at)
    VALUES (${block.projectId}, ${block.vintage}, ${block.issuanceId}, ${block.firstSerial}, ${block.lastSerial},
            ${block.holderOrganisationId}, ${block.state}, ${at}, ${at})
    RETURNING id::text AS id`
  const eventId = await recordBlockEvent(
    tx,
    { blockId: row!.id, kind: 'issue', firstSerial: block.firstSerial, lastSerial: block.lastSerial, fromHolder: null, toHolder: block.holderOrganisationId, fromState: null, toState: block.state },
    at,
  )
  return { blockId: row!.id, eventId }
}

/**
 * Splits a locked block at `atSerial`: the block keeps [first, atSerial − 1]
 * and a new child block (same holder, state and issuance) takes
 * [atSerial, last]. The block shrinks before the child is inserted, so the
 * exclusion constraint never sees the two overlap.
 */
export async function splitBlock(tx: Sql, block: SerialBlock, atSerial: number, at: Date): Promise<{ lower: SerialBlock; upper: SerialBlock; eventId: string }> {
  if (!(atSerial > block.firstSerial && atSerial <= block.lastSerial)) throw new Error(`cannot split block ${block.id} at ${atSerial}`)
  await tx`UPDATE serial_blocks SET last_serial = ${atSerial - 1}, updated_at = ${at} WHERE id = ${block.id}`
  const [row] = await tx<{ id: string }[]>`
    INSERT INTO serial_blocks (project_id, vintage, issuance_id, first_serial, last_serial, holder_organisation_id, state, created_at, updated_at)
    VALUES (${block.projectId}, ${block.vintage}, ${block.issuanceId}, ${atSerial}, ${block.lastSerial},
            ${block.holderOrganisationId}, ${block.state}, ${at}, ${at})
    RETURNING id::text AS id`
  const upper: SerialBlock = { ...block, id: row!.id, firstSerial: atSerial }
  const eventId = await recordBlockEvent(
    tx,
    { blockId: upper.id, parentBlockId: block.id, kind: 'split', firstSerial: atSerial, lastSerial: block.lastSerial, fromHolder: block.holderOrganisationId, toHolder: block.holderOrganisationId, fromState: block.state, toState: block.state },
    at,
  )
  return { lower: { ...block, lastSerial: atSerial - 1 }, upper, eventId }
}

/** Gives a whole locked block a new holder and state, recording a 'move' (or 'cancel') event. */
export async function reassignBlock(tx: Sql, block: SerialBlock, toHolder: string, toState: UnitState, at: Date): Promise<string> {
  await tx`UPDATE serial_blocks SET holder_organisation_id = ${toHolder}, state = ${toState}, updated_at = ${at} WHERE id = ${block.id}`
  return recordBlockEvent(
    tx,
    {
      blockId: block.id,
      kind: toState === 'cancelled' ? 'cancel' : 'move',
      firstSerial: block.firstSerial,
      lastSerial: block.lastSerial,
      fromHolder: block.holderOrganisationId,
      toHolder,
      fromState: block.state,
      toState,
    },
    at,
  )
}

import type { Sql } from '../db/client.ts'
import { ApiError } from '../errors/api-error.ts'
import { appendLedgerAudit } from './ledger-audit.ts'
import { blockColumns, blockQuantityTco2e, reassignBlock, splitBlock, toBlock, type SerialBlock } from './serial-blocks.ts'
import { FINAL_STATES, type UnitState } from './unit-states.ts'

/** Where units come from and go to: one project and vintage, a holder and state on each side. */
export type UnitTransfer = {
  projectId: string
  vintage: number
  fromHolder: string
  fromState: UnitState
  toHolder: string
  toState: UnitState
}
export type UnitMove = UnitTransfer & { quantityTco2e: number }
export type SerialRangeMove = UnitTransfer & { firstSerial: number; lastSerial: number }

export type MovedRange = { blockId: string; firstSerial: number; lastSerial: number; quantityTco2e: number }
export type MoveResult = { ranges: MovedRange[]; quantityTco2e: number; blockEventIds: string[] }

/** Who did it and why, for the one audit event of the change. */
export type LedgerActor = { actorUserId: string | null; action: string; at: Date; reason?: string }

function assertTransfer(t: UnitTransfer): void {
  // Callers choose states in code, never from raw input: these are programmer errors.
  if (FINAL_STATES.has(t.fromState)) throw new Error(`units in final state ${t.fromState} cannot move`)
  if (t.fromHolder === t.toHolder && t.fromState === t.toState) throw new Error('a move must change the holder or the state')
}

/**
 * Serialises the movers of one holder's units of a project and vintage. Row
 * locks alone are not enough under READ COMMITTED: a mover that waited on a
 * block re-reads that row only, and cannot see the child blocks the previous
 * mover's splits inserted, so it would under-count what is available. Taking
 * this lock in its own statement first means the SELECT that follows runs on a
 * snapshot that includes everything the previous mover committed.
 */
async function lockSource(tx: Sql, t: UnitTransfer): Promise<void> {
  await tx`SELECT pg_advisory_xact_lock(727274011, hashtext(${`${t.projectId}/${t.vintage}/${t.fromHolder}`}))`
}

function insufficient(requested: number, available: number, state: UnitState): ApiError {
  return new ApiError('insufficient_units', { params: { requested, available, state } })
}

/**
 * Moves `quantityTco2e` units, lowest serials first, without the audit event
 * (for a change that moves several lots under one event; see moveUnits).
 * Locks every candidate block in serial order (the same order for every caller,
 * so two moves cannot deadlock), and splits the last block it needs: the moved
 * part keeps the block, the rest becomes a child block with the old holder.
 * Refuses with 409 `insufficient_units`, naming what is available, before
 * changing anything.
 */
export async function takeUnits(tx: Sql, move: UnitMove, at: Date): Promise<MoveResult> {
  assertTransfer(move)
  if (!Number.isSafeInteger(move.quantityTco2e) || move.quantityTco2e <= 0) throw new Error(`quantity must be a positive integer, got ${move.quantityTco2e}`)
  await lockSource(tx, move)
  const blocks = (
    await tx<Parameters<typeof toBlock>[0][]>`
      SELECT ${blockColumns(tx)} FROM serial_blocks
      WHERE project_id = ${move.projectId} AND vintage = ${move.vintage}
        AND holder_organisation_id = ${move.fromHolder} AND state = ${move.fromState}
      ORDER BY first_serial FOR UPDATE`
  ).map(toBlock)
  const available = blocks.reduce((sum, b) => sum + blockQuantityTco2e(b), 0)
  if (available < move.quantityTco2e) throw insufficient(move.quantityTco2e, available, move.fromState)

  const result: MoveResult = { ranges: [], quantityTco2e: 0, blockEventIds: [] }
  let remaining = move.quantityTco2e
  for (let block of blocks) {
    if (remaining === 0) break
    if (blockQuantityTco2e(block) > remaining) {
      const split = await splitBlock(tx, block, block.firstSerial + remaining, at)
      result.blockEventIds.push(split.eventId)
      block = split.lower
    }
    await moveWhole(tx, block, move, at, result)
    remaining -= blockQuantityTco2e(block)
  }
  return result
}

/**
 * Moves exactly the serials [firstSerial, lastSerial] (a correction, or a buyer
 * who names the serials), splitting the blocks at both ends. Every serial in
 * the range must be in a block of the given holder and state, or nothing moves.
 */
export async function takeSerialRange(tx: Sql, move: SerialRangeMove, at: Date): Promise<MoveResult> {
  assertTransfer(move)
  const { firstSerial, lastSerial } = move
  if (!Number.isSafeInteger(firstSerial) || !Number.isSafeInteger(lastSerial) || firstSerial < 1 || lastSerial < firstSerial) {
    throw new Error(`invalid serial range ${firstSerial}-${lastSerial}`)
  }
  await lockSource(tx, move)
  const blocks = (
    await tx<Parameters<typeof toBlock>[0][]>`
      SELECT ${blockColumns(tx)} FROM serial_blocks
      WHERE project_id = ${move.projectId} AND vintage = ${move.vintage}
        AND holder_organisation_id = ${move.fromHolder} AND state = ${move.fromState}
        AND int8range(first_serial, last_serial, '[]') && int8range(${firstSerial}::bigint, ${lastSerial}::bigint, '[]')
      ORDER BY first_serial FOR UPDATE`
  ).map(toBlock)
  const requested = lastSerial - firstSerial + 1
  const covered = blocks.reduce((sum, b) => sum + Math.min(b.lastSerial, lastSerial) - Math.max(b.firstSerial, firstSerial) + 1, 0)
  if (covered < requested) throw insufficient(requested, covered, move.fromState)

  const result: MoveResult = { ranges: [], quantityTco2e: 0, blockEventIds: [] }
  for (let block of blocks) {
    if (block.firstSerial < firstSerial) {
      const split = await splitBlock(tx, block, firstSerial, at)
      result.blockEventIds.push(split.eventId)
      block = split.upper
    }
    if (block.lastSerial > lastSerial) {
      const split = await splitBlock(tx, block, lastSerial + 1, at)
      result.blockEventIds.push(split.eventId)
      block = split.lower
    }
    await moveWhole(tx, block, move, at, result)
  }
  return result
}

async function moveWhole(tx: Sql, block: SerialBlock, move: UnitTransfer, at: Date, result: MoveResult): Promise<void> {
  result.blockEventIds.push(await reassignBlock(tx, block, move.toHolder, move.toState, at))
  const quantityTco2e = blockQuantityTco2e(block)
  result.ranges.push({ blockId: block.id, firstSerial: block.firstSerial, lastSerial: block.lastSerial, quantityTco2e })
  result.quantityTco2e += quantityTco2e
}

function auditPayload(move: UnitTransfer, result: MoveResult, reason: string | undefined): Record<string, unknown> {
  return {
    ...move,
    quantityTco2e: result.quantityTco2e,
    ranges: result.ranges.map((r) => [r.firstSerial, r.lastSerial]),
    ...(reason === undefined ? {} : { reason }),
  }
}

/**
 * Moves units by quantity and appends the change's one audit event. Run it
 * inside the transaction of the business change (sale, pledge, retirement…).
 */
export async function moveUnits(tx: Sql, move: UnitMove, actor: LedgerActor): Promise<MoveResult & { auditEventId: string }> {
  return audited(tx, move, actor, await takeUnits(tx, move, actor.at))
}

/** Moves an exact serial range and appends the change's one audit event. */
export async function moveSerialRange(tx: Sql, move: SerialRangeMove, actor: LedgerActor): Promise<MoveResult & { auditEventId: string }> {
  return audited(tx, move, actor, await takeSerialRange(tx, move, actor.at))
}

/** The one audit event of a move, linked to the block events it made. */
async function audited(tx: Sql, move: UnitMove | SerialRangeMove, actor: LedgerActor, result: MoveResult): Promise<MoveResult & { auditEventId: string }> {
  const auditEventId = await appendLedgerAudit(
    tx,
    { actorUserId: actor.actorUserId, action: actor.action, subjectType: 'project_units', subjectId: move.projectId, payload: auditPayload(move, result, actor.reason) },
    result.blockEventIds,
    actor.at,
  )
  return { ...result, auditEventId }
}

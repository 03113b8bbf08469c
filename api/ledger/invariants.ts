import type { Sql } from '../db/client.ts'
import { UNIT_STATES, type UnitState } from './unit-states.ts'

export type InvariantRow = {
  projectId: string
  vintage: number
  issuedTco2e: number
  byStateTco2e: Record<UnitState, number>
  /** Σ of byStateTco2e; must equal issuedTco2e. */
  accountedTco2e: number
  ok: boolean
}

export type LedgerInvariants = {
  ok: boolean
  rows: InvariantRow[]
  /** Pairs of blocks sharing a serial; the exclusion constraint keeps this 0. */
  overlappingBlockPairs: number
  /** Blocks whose serials lie outside the range of the issuance they came from. */
  blocksOutsideIssuance: number
  /** Block events not linked to an audit event (a change without its audit trail). */
  unauditedBlockEvents: number
}

type Row = { projectId: string; vintage: number; issued: string } & Record<UnitState, string>

/**
 * Recomputes the ledger's invariants from the tables (architecture.md,
 * Ledger): per project and vintage, issued = held + listed + pledged +
 * retired + buffer + cancelled; no serial in two blocks; every block inside
 * its issuance's range; every block change audited.
 */
export async function checkLedgerInvariants(sql: Sql): Promise<LedgerInvariants> {
  const rows = await sql<Row[]>`
    WITH issued AS (
      SELECT project_id, vintage, sum(verified_tco2e) AS issued FROM issuances GROUP BY project_id, vintage
    ), states AS (
      SELECT project_id, vintage,
        sum(last_serial - first_serial + 1) FILTER (WHERE state = 'held') AS held,
        sum(last_serial - first_serial + 1) FILTER (WHERE state = 'listed') AS listed,
        sum(last_serial - first_serial + 1) FILTER (WHERE state = 'pledged') AS pledged,
        sum(last_serial - first_serial + 1) FILTER (WHERE state = 'retired') AS retired,
        sum(last_serial - first_serial + 1) FILTER (WHERE state = 'buffer') AS buffer,
        sum(last_serial - first_serial + 1) FILTER (WHERE state = 'cancelled') AS cancelled
      FROM serial_blocks GROUP BY project_id, vintage
    )
    SELECT coalesce(i.project_id, s.project_id) AS "projectId", coalesce(i.vintage, s.vintage) AS vintage,
           coalesce(i.issued, 0)::text AS issued,
           coalesce(s.held, 0)::text AS held, coalesce(s.listed, 0)::text AS listed, coalesce(s.pledged, 0)::text AS pledged,
           coalesce(s.retired, 0)::text AS retired, coalesce(s.buffer, 0)::text AS buffer, coalesce(s.cancelled, 0)::text AS cancelled
    FROM issued i FULL OUTER JOIN states s ON s.project_id = i.project_id AND s.vintage = i.vintage
    ORDER BY 1, 2`
  const [checks] = await sql<{ overlaps: string; outside: string; unaudited: string }[]>`
    SELECT
      (SELECT count(*) FROM serial_blocks a JOIN serial_blocks b
         ON a.id < b.id AND int8range(a.first_serial, a.last_serial, '[]') && int8range(b.first_serial, b.last_serial, '[]'))::text AS overlaps,
      (SELECT count(*) FROM serial_blocks sb JOIN issuances i ON i.id = sb.issuance_id
         WHERE sb.first_serial < i.first_serial OR sb.last_serial > i.last_serial
            OR sb.project_id <> i.project_id OR sb.vintage <> i.vintage)::text AS outside,
      (SELECT count(*) FROM serial_block_events WHERE audit_event_id IS NULL)::text AS unaudited`
  const table = rows.map((r): InvariantRow => {
    const byStateTco2e = Object.fromEntries(UNIT_STATES.map((s) => [s, Number(r[s])])) as Record<UnitState, number>
    const accountedTco2e = UNIT_STATES.reduce((sum, s) => sum + byStateTco2e[s], 0)
    const issuedTco2e = Number(r.issued)
    return { projectId: r.projectId, vintage: r.vintage, issuedTco2e, byStateTco2e, accountedTco2e, ok: accountedTco2e === issuedTco2e }
  })
  const overlappingBlockPairs = Number(checks!.overlaps)
  const blocksOutsideIssuance = Number(checks!.outside)
  const unauditedBlockEvents = Number(checks!.unaudited)
  return {
    ok: table.every((r) => r.ok) && overlappingBlockPairs === 0 && blocksOutsideIssuance === 0 && unauditedBlockEvents === 0,
    rows: table,
    overlappingBlockPairs,
    blocksOutsideIssuance,
    unauditedBlockEvents,
  }
}

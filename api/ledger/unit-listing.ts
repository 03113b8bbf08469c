import type { Sql } from '../db/client.ts'
import { formatSerialRange } from './serial-format.ts'
import type { UnitState } from './unit-states.ts'

/** Most blocks one listing returns; totals always cover everything. */
export const MAX_LISTED_BLOCKS = 1000

type ListedBlockRow = {
  id: string
  projectId: string
  projectName: string
  registryCode: string
  vintage: number
  holderOrganisationId: string
  holderName: string
  state: UnitState
  firstSerial: string
  lastSerial: string
}

export type BlockFilter = { projectId?: string; holderOrganisationId?: string; issuanceId?: string; vintage?: number; state?: UnitState }

const where = (sql: Sql, f: BlockFilter) => sql`
  WHERE true
  ${f.projectId === undefined ? sql`` : sql`AND b.project_id = ${f.projectId}`}
  ${f.holderOrganisationId === undefined ? sql`` : sql`AND b.holder_organisation_id = ${f.holderOrganisationId}`}
  ${f.issuanceId === undefined ? sql`` : sql`AND b.issuance_id = ${f.issuanceId}`}
  ${f.vintage === undefined ? sql`` : sql`AND b.vintage = ${f.vintage}`}
  ${f.state === undefined ? sql`` : sql`AND b.state = ${f.state}`}`

function toListedBlock(r: ListedBlockRow) {
  const firstSerial = Number(r.firstSerial)
  const lastSerial = Number(r.lastSerial)
  return {
    id: r.id,
    projectId: r.projectId,
    projectName: r.projectName,
    vintage: r.vintage,
    holderOrganisationId: r.holderOrganisationId,
    holderName: r.holderName,
    state: r.state,
    firstSerial,
    lastSerial,
    quantityTco2e: lastSerial - firstSerial + 1,
    serial: formatSerialRange({ projectCode: r.registryCode, vintage: r.vintage, firstSerial, lastSerial }),
  }
}
export type ListedBlock = ReturnType<typeof toListedBlock>

/** Blocks matching the filter in serial order (at most MAX_LISTED_BLOCKS). */
export async function listBlocks(sql: Sql, f: BlockFilter): Promise<{ blocks: ListedBlock[]; truncated: boolean }> {
  const rows = await sql<ListedBlockRow[]>`
    SELECT b.id::text AS id, b.project_id AS "projectId", p.name AS "projectName", c.code AS "registryCode", b.vintage,
           b.holder_organisation_id AS "holderOrganisationId", o.name AS "holderName", b.state,
           b.first_serial::text AS "firstSerial", b.last_serial::text AS "lastSerial"
    FROM serial_blocks b
    JOIN projects p ON p.id = b.project_id
    JOIN project_registry_codes c ON c.project_id = b.project_id
    JOIN organisations o ON o.id = b.holder_organisation_id
    ${where(sql, f)}
    ORDER BY b.first_serial
    LIMIT ${MAX_LISTED_BLOCKS + 1}`
  return { blocks: rows.slice(0, MAX_LISTED_BLOCKS).map(toListedBlock), truncated: rows.length > MAX_LISTED_BLOCKS }
}

export async function listIssuanceBlocks(sql: Sql, issuanceId: string): Promise<ListedBlock[]> {
  return (await listBlocks(sql, { issuanceId })).blocks
}

/** Σ quantity per project, vintage, holder and state over every block matching the filter. */
export async function blockTotals(sql: Sql, f: BlockFilter) {
  const rows = await sql<{ projectId: string; projectName: string; vintage: number; holderOrganisationId: string; state: UnitState; quantity: string; blocks: number }[]>`
    SELECT b.project_id AS "projectId", p.name AS "projectName", b.vintage, b.holder_organisation_id AS "holderOrganisationId", b.state,
           sum(b.last_serial - b.first_serial + 1)::text AS quantity, count(*)::int AS blocks
    FROM serial_blocks b JOIN projects p ON p.id = b.project_id
    ${where(sql, f)}
    GROUP BY b.project_id, p.name, b.vintage, b.holder_organisation_id, b.state
    ORDER BY p.name, b.project_id, b.vintage, b.holder_organisation_id, b.state`
  return rows.map(({ quantity, ...r }) => ({ ...r, quantityTco2e: Number(quantity) }))
}

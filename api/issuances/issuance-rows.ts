import type { Sql } from '../db/client.ts'
import { formatSerialRange } from '../ledger/serial-format.ts'

export const CORRESPONDING_ADJUSTMENTS = ['not_requested', 'requested', 'applied'] as const
export type CorrespondingAdjustment = (typeof CORRESPONDING_ADJUSTMENTS)[number]

export type IssuanceRow = {
  id: string
  projectId: string
  registryCode: string
  monitoringFrom: string
  monitoringTo: string
  vintage: number
  verifiedTco2e: string
  verifier: string
  verificationDocumentId: string
  bufferRatio: string
  bufferTco2e: string
  ownerTco2e: string
  firstSerial: string
  lastSerial: string
  correspondingAdjustment: CorrespondingAdjustment
  createdBy: string
  createdAt: Date
}

const selectIssuance = (sql: Sql) => sql`
  SELECT i.id, i.project_id AS "projectId", c.code AS "registryCode",
         to_char(i.monitoring_from, 'YYYY-MM-DD') AS "monitoringFrom", to_char(i.monitoring_to, 'YYYY-MM-DD') AS "monitoringTo",
         i.vintage, i.verified_tco2e::text AS "verifiedTco2e", i.verifier, i.verification_document_id AS "verificationDocumentId",
         i.buffer_ratio::text AS "bufferRatio", i.buffer_tco2e::text AS "bufferTco2e", i.owner_tco2e::text AS "ownerTco2e",
         i.first_serial::text AS "firstSerial", i.last_serial::text AS "lastSerial",
         i.corresponding_adjustment AS "correspondingAdjustment", i.created_by AS "createdBy", i.created_at AS "createdAt"
  FROM issuances i JOIN project_registry_codes c ON c.project_id = i.project_id`

export async function findIssuance(sql: Sql, id: string): Promise<IssuanceRow | undefined> {
  const [row]: [IssuanceRow?] = await sql`${selectIssuance(sql)} WHERE i.id = ${id}`
  return row
}

export async function listProjectIssuances(sql: Sql, projectId: string): Promise<IssuanceRow[]> {
  return sql<IssuanceRow[]>`${selectIssuance(sql)} WHERE i.project_id = ${projectId} ORDER BY i.monitoring_from, i.created_at`
}

/** The public shape of an issuance; quantities are whole tonnes (safe integers). */
export function toIssuanceResponse(row: IssuanceRow) {
  const firstSerial = Number(row.firstSerial)
  const lastSerial = Number(row.lastSerial)
  return {
    id: row.id,
    projectId: row.projectId,
    registryCode: row.registryCode,
    monitoringPeriod: { from: row.monitoringFrom, to: row.monitoringTo },
    vintage: row.vintage,
    verifiedTco2e: Number(row.verifiedTco2e),
    verifier: row.verifier,
    verificationDocumentId: row.verificationDocumentId,
    bufferRatio: row.bufferRatio,
    bufferTco2e: Number(row.bufferTco2e),
    ownerTco2e: Number(row.ownerTco2e),
    serials: {
      firstSerial,
      lastSerial,
      serial: formatSerialRange({ projectCode: row.registryCode, vintage: row.vintage, firstSerial, lastSerial }),
    },
    article6: { correspondingAdjustment: row.correspondingAdjustment },
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  }
}

import type { Sql } from '../db/client.ts'

/**
 * Reserves `quantityTco2e` consecutive serials from the global counter and
 * returns the first. The counter row stays locked until the transaction ends,
 * so concurrent issuances take turns and no number is handed out twice; a
 * rolled-back issuance gives its numbers back with the rollback.
 */
export async function allocateSerials(tx: Sql, quantityTco2e: number): Promise<{ firstSerial: number; lastSerial: number }> {
  const [row]: [{ first: string }?] = await tx`
    UPDATE unit_serial_counter SET next_serial = next_serial + ${quantityTco2e}
    WHERE singleton RETURNING (next_serial - ${quantityTco2e})::text AS first`
  if (!row) throw new Error('unit_serial_counter has no row (migration 00011 not applied?)')
  const firstSerial = Number(row.first)
  return { firstSerial, lastSerial: firstSerial + quantityTco2e - 1 }
}

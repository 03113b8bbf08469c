import type { Database } from '../api/db/client.ts'

/**
 * Reference data every installation needs (not demo data): the carbon price
 * series with their sources. Idempotent.
 */
export async function seedReferenceData(sql: Database): Promise<{ carbonPrices: number }> {
  void sql
  return { carbonPrices: 0 }
}

import type { EstimateRow } from '../db/queries/estimates.ts'

/** The public view of a stored estimate; numeric columns are display values here. */
export function toSavedEstimate(row: EstimateRow) {
  return {
    id: row.id,
    siteId: row.siteId,
    methodology: { id: row.methodologyId, version: row.methodologyVersion },
    contentHash: row.contentHash,
    areaHa: row.areaHa === null ? null : Number(row.areaHa),
    totalNetCreditsTco2e: row.totalNetCreditsTco2e === null ? null : Number(row.totalNetCreditsTco2e),
    createdAt: row.createdAt.toISOString(),
  }
}

import { z } from '@hono/zod-openapi'
import type { ValuationRow } from '../db/queries/valuations.ts'

export const savedValuationSchema = z
  .object({
    id: z.string().uuid(),
    siteId: z.string().uuid(),
    methodology: z.object({ id: z.string(), version: z.string() }),
    ecosystem: z.string(),
    estimateId: z.string().uuid().nullable().openapi({ description: 'Saved estimate whose carbon was used, if any.' }),
    carbonPriceSeries: z.string().nullable(),
    contentHash: z.string().openapi({ description: 'SHA-256 of the canonical JSON of methodology, inputs and outputs.' }),
    npvCny: z.number(),
    totalCnyPerYear: z.number(),
    createdAt: z.string(),
  })
  .openapi('SavedValuation')
export type SavedValuation = z.infer<typeof savedValuationSchema>

/** The public view of a stored valuation; numeric columns become display numbers here. */
export function toSavedValuation(row: ValuationRow): SavedValuation {
  return {
    id: row.id,
    siteId: row.siteId,
    methodology: { id: row.methodologyId, version: row.methodologyVersion },
    ecosystem: row.ecosystem,
    estimateId: row.estimateId,
    carbonPriceSeries: row.carbonPriceSeries,
    contentHash: row.contentHash,
    npvCny: Number(row.npvCny),
    totalCnyPerYear: Number(row.totalCnyPerYear),
    createdAt: row.createdAt.toISOString(),
  }
}

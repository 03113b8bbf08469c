import { z } from 'zod'
import type { Http } from './http.ts'

const bilingual = z.object({ zh: z.string(), en: z.string() })

/** One entry of `GET /api/v1/methodologies`. */
export const methodologySummarySchema = z
  .object({
    id: z.string(),
    version: z.string(),
    title: bilingual,
    description: bilingual,
    sinkType: z.string(),
    kind: z.enum(['area-based', 'transition', 'valuation']),
  })
  .loose()
export type MethodologySummary = z.infer<typeof methodologySummarySchema>

const detailSchema = methodologySummarySchema.extend({ inputSchema: z.record(z.string(), z.unknown()) })
export type MethodologyDetail = z.infer<typeof detailSchema>

export async function listMethodologies(http: Http): Promise<MethodologySummary[]> {
  return z.object({ methodologies: z.array(methodologySummarySchema) }).parse(await http('/api/v1/methodologies')).methodologies
}

/** A methodology with the JSON Schema of its inputs (units, defaults, sources). */
export async function getMethodology(http: Http, id: string): Promise<MethodologyDetail> {
  return detailSchema.parse(await http(`/api/v1/methodologies/${encodeURIComponent(id)}`))
}

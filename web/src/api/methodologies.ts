import { z } from 'zod'
import { methodologyDetail, methodologySummary } from '../../../api/methodologies/methodology-summary.ts'
import type { Http } from './http.ts'

/** One entry of `GET /api/v1/methodologies`, typed by the API's own schema. */
export type MethodologySummary = z.infer<typeof methodologySummary>

export type MethodologyDetail = z.infer<typeof methodologyDetail>

export async function listMethodologies(http: Http): Promise<MethodologySummary[]> {
  return z.object({ methodologies: z.array(methodologySummary) }).parse(await http('/api/v1/methodologies')).methodologies
}

/** A methodology with the JSON Schema of its inputs (units, defaults, sources). */
export async function getMethodology(http: Http, id: string): Promise<MethodologyDetail> {
  return methodologyDetail.parse(await http(`/api/v1/methodologies/${encodeURIComponent(id)}`))
}

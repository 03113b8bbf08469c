import { z } from 'zod'
import type { Http } from './http.ts'

const priceSchema = z
  .object({ series: z.string(), periodStart: z.string(), periodEnd: z.string(), statistic: z.string(), priceCnyPerTco2e: z.string(), sourceUrl: z.string() })
  .loose()
export type ReferencePrice = z.infer<typeof priceSchema>

/** The reference price of each seeded series (null where none is seeded), each with its source. */
export async function referencePrices(http: Http): Promise<Record<string, ReferencePrice | null>> {
  const body = z.object({ reference: z.record(z.string(), priceSchema.nullable()) }).parse(await http('/api/v1/carbon-prices'))
  return body.reference
}

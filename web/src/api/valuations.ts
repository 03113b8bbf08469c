import type { Polygon } from 'geojson'
import { z } from 'zod'
import { gepOutputSchema } from '../../../methodologies/gep/output.schema.ts'
import type { Http } from './http.ts'

/** The GEP result, the very schema the model declares. */
export const valuationResultSchema = gepOutputSchema.loose()
export type ValuationResult = z.infer<typeof valuationResultSchema>

/** A seeded price series (resolved on the server, with its source) or the user's own price. */
export type CarbonPriceChoice = { series: string } | { priceCnyPerTco2e: number; sourceNote?: string }

export type ValuationRequest = ({ siteId: string } | { geometry: Polygon }) & {
  ecosystem: string
  params: Record<string, unknown>
  carbonPrice: CarbonPriceChoice
  save?: boolean
}

const basisSchema = z
  .object({
    area: z.object({ source: z.string(), areaHa: z.number() }),
    carbon: z.object({ status: z.string() }).loose(),
    carbonPrice: z.object({ kind: z.string() }).loose(),
  })
  .loose()
export type ValuationBasis = z.infer<typeof basisSchema>

const savedSchema = z.object({ id: z.string(), ecosystem: z.string(), npvCny: z.number(), contentHash: z.string(), createdAt: z.string() }).loose()
export type SavedValuation = z.infer<typeof savedSchema>

/** A run: the result, the exact inputs, where area, carbon and price came from, and the stored record when saved. */
const runSchema = z.object({ result: valuationResultSchema, inputs: z.record(z.string(), z.unknown()), basis: basisSchema, valuation: savedSchema.optional() })
export type ValuationRun = z.infer<typeof runSchema>

export async function runValuation(http: Http, request: ValuationRequest): Promise<ValuationRun> {
  return runSchema.parse(await http('/api/v1/valuations', { method: 'POST', json: request }))
}

export async function listValuations(http: Http, siteId: string): Promise<SavedValuation[]> {
  return z.object({ valuations: z.array(savedSchema) }).parse(await http(`/api/v1/valuations?siteId=${encodeURIComponent(siteId)}`)).valuations
}

export async function getValuation(http: Http, id: string): Promise<ValuationRun> {
  return runSchema.parse(await http(`/api/v1/valuations/${encodeURIComponent(id)}`))
}

/**
 * Links of the printable report and its PDF, served by the API for a stored
 * site, in the UI language (a new tab or a download does not carry our
 * Accept-Language, so the language goes in the query).
 */
export function reportLinks(siteId: string, lang: 'zh' | 'en'): { html: string; pdf: string } {
  const base = `/api/v1/sites/${encodeURIComponent(siteId)}`
  return { html: `${base}/report.html?lang=${lang}`, pdf: `${base}/report.pdf?lang=${lang}` }
}

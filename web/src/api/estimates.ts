import type { MultiPolygon, Polygon } from 'geojson'
import { z } from 'zod'
import { savedEstimate } from '../../../api/estimates/saved-estimate.schema.ts'
import { areaBasedOutputSchema } from '../../../methodologies/shared/result-schema.ts'
import type { Http } from './http.ts'

/**
 * The area-based result contract, the very schema the methodologies declare
 * (nothing declared twice); loose, so an extension the UI does not show yet
 * does not break it.
 */
export const areaBasedResultSchema = areaBasedOutputSchema.loose()
export type AreaBasedResult = z.infer<typeof areaBasedResultSchema>

/** The API's own schema of a stored estimate (browser-safe: plain zod). */
export const savedEstimateSchema = savedEstimate
export type SavedEstimate = z.infer<typeof savedEstimateSchema>

/** Where the area of an estimate comes from: a stored site or a drawing not saved yet. */
export type EstimateTarget = { siteId: string } | { geometry: Polygon | MultiPolygon }

export async function runEstimate(http: Http, methodology: string, params: unknown, target: EstimateTarget): Promise<AreaBasedResult> {
  return areaBasedResultSchema.parse(await http('/api/v1/estimates', { method: 'POST', json: { methodology, params, ...target } }))
}

/** Runs and stores the estimate against the site (owner only): the server recomputes, nothing is trusted from the page. */
export async function saveEstimate(http: Http, methodology: string, params: unknown, siteId: string): Promise<{ estimate: SavedEstimate; result: AreaBasedResult }> {
  const body = await http('/api/v1/estimates', { method: 'POST', json: { methodology, params, siteId, save: true } })
  return z.object({ estimate: savedEstimateSchema, result: areaBasedResultSchema }).parse(body)
}

export async function listEstimates(http: Http, siteId: string): Promise<SavedEstimate[]> {
  return z.object({ estimates: z.array(savedEstimateSchema) }).parse(await http(`/api/v1/estimates?siteId=${encodeURIComponent(siteId)}`)).estimates
}

export async function getEstimate(http: Http, id: string): Promise<{ estimate: SavedEstimate; inputs: Record<string, unknown>; result: AreaBasedResult }> {
  const body = await http(`/api/v1/estimates/${encodeURIComponent(id)}`)
  return z.object({ estimate: savedEstimateSchema, inputs: z.record(z.string(), z.unknown()), result: areaBasedResultSchema }).parse(body)
}

import type { FeatureCollection, Geometry } from 'geojson'
import { z } from 'zod'
import type { Http } from './http.ts'

/** Properties of one feature of `GET /api/v1/registry/sites`. */
export const registrySitePropertiesSchema = z.object({
  siteId: z.string(),
  name: z.string(),
  // MapLibre drops null properties, so an absent English name arrives as undefined.
  nameEn: z.string().nullish(),
  projectId: z.string(),
  projectName: z.string(),
  projectNameEn: z.string().nullish(),
  sinkType: z.string(),
  areaHa: z.number(),
  status: z.string(),
})
export type RegistrySiteProperties = z.infer<typeof registrySitePropertiesSchema>

// Only the envelope is checked here: the layer may hold tens of thousands of
// features, and properties are validated when one is shown (site-popup.ts).
const envelopeSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({ type: z.literal('Feature') }).loose()),
  truncated: z.boolean().optional(),
})

export interface RegistrySites {
  collection: FeatureCollection<Geometry>
  /** The server capped the answer; the user should zoom in. */
  truncated: boolean
}

export async function fetchRegistrySites(http: Http, bboxParam: string, zoom: number, signal?: AbortSignal): Promise<RegistrySites> {
  const query = new URLSearchParams({ bbox: bboxParam, zoom: String(zoom) })
  const body = envelopeSchema.parse(await http(`/api/v1/registry/sites?${query}`, { signal }))
  return { collection: body as unknown as FeatureCollection<Geometry>, truncated: body.truncated ?? false }
}

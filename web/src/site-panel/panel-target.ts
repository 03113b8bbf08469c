import type { Polygon } from 'geojson'
import type { Site } from '../api/sites.ts'

/** What an estimate or valuation is for: a drawing not saved yet, or a stored site. */
export type PanelTarget =
  | { kind: 'draft'; geometry: Polygon; areaHa: number }
  | { kind: 'site'; site: Site; canWrite: boolean; methodologyId: string | null }

/** The area the server will use, in hectares. */
export function targetAreaHa(target: PanelTarget): number {
  return target.kind === 'draft' ? target.areaHa : target.site.areaHa
}

/** The body fields that tell the API which area to use. */
export function targetBody(target: PanelTarget): { siteId: string } | { geometry: Polygon } {
  return target.kind === 'site' ? { siteId: target.site.id } : { geometry: target.geometry }
}

import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import { geodesicAreaHa } from '../geo/geodesic-area.ts'

export type SiteParams = { label: string; areaHa: number; params: Record<string, unknown> }

/**
 * One parameter set per feature: the params file, overridden by the feature's
 * properties (except `key`, the site's label), with `areaHa` always from the
 * feature's geodesic area.
 *
 * @returns sites, or a message naming the first feature that is not a polygon
 */
export function sitesFromGeoJson(
  geojson: unknown,
  params: Record<string, unknown>,
): { ok: true; sites: SiteParams[] } | { ok: false; message: string } {
  const g = geojson as Partial<FeatureCollection> & Partial<Feature>
  const features: Partial<Feature>[] = g?.type === 'FeatureCollection' && Array.isArray(g.features) ? g.features : g?.type === 'Feature' ? [g] : []
  if (features.length === 0) return { ok: false, message: 'sites file has no features (expected a GeoJSON FeatureCollection or Feature)' }
  const sites: SiteParams[] = []
  for (const [i, f] of features.entries()) {
    const props = (f.properties ?? {}) as Record<string, unknown>
    const label = String(props.key ?? f.id ?? i)
    const type = f.geometry?.type
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      return { ok: false, message: `feature ${label}: geometry must be a Polygon or MultiPolygon, got ${type ?? 'none'}` }
    }
    const areaHa = geodesicAreaHa(f.geometry as Polygon | MultiPolygon)
    // `key` names the site in the output; every other property is a parameter override and,
    // like any params, checked strictly, so a misspelled override is an error, not ignored.
    const { key: _label, ...overrides } = props
    sites.push({ label, areaHa, params: { ...params, ...overrides, areaHa } })
  }
  return { ok: true, sites }
}

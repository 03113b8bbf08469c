import type { Bilingual } from '../../methodologies/types.ts'

/** One feature read from an uploaded file, before any validation. */
export type RawFeature = {
  /** A name found in the feature's properties, if any. */
  name?: string
  geometry: unknown
}

/** `limit`: refused by a safety limit on size or work (422), not because the file is unreadable (400). */
export type ReadResult = { ok: true; features: RawFeature[] } | { ok: false; error: Bilingual; limit?: true }

const NAME_KEYS = ['name', 'Name', 'NAME', 'title', 'Title', '名称', '地块名称', 'site_name', 'SITE_NAME']

/** The first non-empty name-like property (GeoJSON, KML <name>, a DBF column). */
export function featureName(properties: unknown): string | undefined {
  if (!properties || typeof properties !== 'object') return undefined
  const props = properties as Record<string, unknown>
  for (const key of NAME_KEYS) {
    const v = props[key]
    if (typeof v === 'string' && v.trim()) return v.trim().slice(0, 200)
    if (typeof v === 'number') return String(v)
  }
  return undefined
}

/**
 * KML MultiGeometry (and some GeoJSON) arrives as a GeometryCollection; when
 * every member is a polygon it is one MultiPolygon site. Anything else is left
 * for the validator to refuse with its own message.
 */
export function polygonsOnly(geometry: unknown): unknown {
  const g = geometry as { type?: unknown; geometries?: unknown }
  if (!g || g.type !== 'GeometryCollection' || !Array.isArray(g.geometries)) return geometry
  const members = g.geometries as { type?: unknown; coordinates?: unknown }[]
  if (!members.length || !members.every((m) => m && (m.type === 'Polygon' || m.type === 'MultiPolygon'))) return geometry
  const coordinates = members.flatMap((m) => (m.type === 'Polygon' ? [m.coordinates] : (m.coordinates as unknown[])))
  return { type: 'MultiPolygon', coordinates }
}

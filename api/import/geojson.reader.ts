import { featureName, polygonsOnly, type RawFeature, type ReadResult } from './raw-feature.ts'

/**
 * A GeoJSON upload: a FeatureCollection, a single Feature, or a bare
 * geometry. Each feature is passed on as it is; validation is per feature.
 */
export function readGeoJson(text: string): ReadResult {
  let doc: unknown
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    return { ok: false, error: { en: `The file is not valid JSON: ${reason}`, zh: `文件不是有效的 JSON：${reason}` } }
  }
  const d = doc as { type?: unknown; features?: unknown; geometry?: unknown; properties?: unknown }
  if (!d || typeof d !== 'object') return notGeoJson()
  if (d.type === 'FeatureCollection') {
    if (!Array.isArray(d.features)) return { ok: false, error: { en: 'The FeatureCollection has no "features" array.', zh: 'FeatureCollection 缺少 “features” 数组。' } }
    return { ok: true, features: d.features.map(toRaw) }
  }
  if (d.type === 'Feature') return { ok: true, features: [toRaw(d)] }
  if (typeof d.type === 'string' && 'coordinates' in d) return { ok: true, features: [{ geometry: d }] }
  if (d.type === 'GeometryCollection') return { ok: true, features: [{ geometry: polygonsOnly(d) }] }
  return notGeoJson()
}

function toRaw(feature: unknown): RawFeature {
  const f = feature as { geometry?: unknown; properties?: unknown } | null
  const name = featureName(f?.properties)
  return { ...(name ? { name } : {}), geometry: polygonsOnly(f?.geometry ?? null) }
}

function notGeoJson(): ReadResult {
  return { ok: false, error: { en: 'The JSON is not GeoJSON: expected a FeatureCollection, a Feature or a geometry.', zh: 'JSON 不是 GeoJSON：应为 FeatureCollection、Feature 或几何对象。' } }
}

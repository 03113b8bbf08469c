import type { MultiPolygon } from 'geojson'
import { geodesicAreaHa } from './geodesic-area.ts'
import type { GeometryIssue } from './geometry-issue.ts'
import type { GeometryLimits } from './geometry-limits.ts'
import { readGeometryShape, type Parts } from './geometry-shape.validation.ts'
import { topologyIssues } from './topology.validation.ts'

export type ValidSiteGeometry = {
  /** Normalised: always a MultiPolygon, 2D, no repeated consecutive positions. */
  geometry: MultiPolygon
  parts: Parts
  /** Geodesic area on the sphere (the product's one convention, geodesic-area.ts). */
  areaHa: number
  vertexCount: number
}

export type SiteGeometryResult = { valid: true; value: ValidSiteGeometry; issues: [] } | { valid: false; issues: GeometryIssue[] }

/**
 * Checks a site (or stratum) geometry the way the server must before storing
 * it: structure and ranges, closed rings, vertex limit, self-intersection,
 * holes, polygons apart, and area within [minAreaHa, maxAreaHa]. Never throws.
 *
 * @param input untrusted GeoJSON
 * @param limits area bounds in hectares and the vertex limit
 * @param path field path used in issues, e.g. `geometry` or `strata[2].geometry`
 * @example validateSiteGeometry({ type: 'Polygon', coordinates: [[[110,21],[110.01,21],[110.01,21.01],[110,21.01],[110,21]]] }, { minAreaHa: 0.01, maxAreaHa: 10000, maxVertices: 10000 }).valid // true
 */
export function validateSiteGeometry(input: unknown, limits: GeometryLimits, path = 'geometry'): SiteGeometryResult {
  const shape = readGeometryShape(input, path, limits.maxVertices)
  if (!shape.parts || shape.issues.length) return { valid: false, issues: shape.issues }
  const topology = topologyIssues(shape.parts, shape.multi, path)
  if (topology.length) return { valid: false, issues: topology }

  const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: shape.parts }
  const areaHa = geodesicAreaHa(geometry)
  if (areaHa < limits.minAreaHa) {
    return {
      valid: false,
      issues: [
        {
          path,
          code: 'area_too_small',
          message: {
            en: `The area is ${formatHa(areaHa)} ha; a site must be at least ${limits.minAreaHa} ha.`,
            zh: `面积为 ${formatHa(areaHa)} 公顷；地块面积至少为 ${limits.minAreaHa} 公顷。`,
          },
        },
      ],
    }
  }
  if (areaHa > limits.maxAreaHa) {
    return {
      valid: false,
      issues: [
        {
          path,
          code: 'area_too_large',
          message: {
            en: `The area is ${formatHa(areaHa)} ha; a site may be at most ${limits.maxAreaHa} ha. Split it into several sites.`,
            zh: `面积为 ${formatHa(areaHa)} 公顷；单个地块最大 ${limits.maxAreaHa} 公顷，请拆分为多个地块。`,
          },
        },
      ],
    }
  }
  return { valid: true, value: { geometry, parts: shape.parts, areaHa, vertexCount: shape.vertexCount }, issues: [] }
}

/** Four significant decimals below 1 ha, two above: enough to see why a limit was hit. */
function formatHa(areaHa: number): string {
  return areaHa < 1 ? areaHa.toFixed(4) : areaHa.toFixed(2)
}

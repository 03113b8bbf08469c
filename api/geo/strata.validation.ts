import { featureCollection, multiPolygon } from '@turf/helpers'
import intersect from '@turf/intersect'
import type { MultiPolygon } from 'geojson'
import { geodesicAreaHa } from './geodesic-area.ts'
import { formatLonLat, type GeometryIssue, type LonLat } from './geometry-issue.ts'
import { MIN_SITE_AREA_HA, STRATA_SHARE_TOLERANCE_PERCENT } from './geometry-limits.ts'
import type { Parts } from './geometry-shape.validation.ts'
import { bboxesIntersect, firstCrossing, locateInParts, ringsBbox } from './planar.ts'
import { validateSiteGeometry } from './site-geometry.validation.ts'

/** What the checks need of one stratum: a polygon, or a share of the site. */
export type StratumShape = { geometry?: unknown; areaPercent?: number | undefined }

export type CheckedStratum = {
  /** Normalised MultiPolygon, or null for a share-only stratum. */
  geometry: MultiPolygon | null
  /** Given, or derived from the polygon's geodesic area. */
  areaPercent: number
  areaHa: number
}

export type StrataResult = { valid: true; strata: CheckedStratum[]; issues: [] } | { valid: false; issues: GeometryIssue[] }

/**
 * site_strata.area_percent is numeric(9, 5) > 0 (migration 00005): a derived share below
 * this rounds to 0 and breaks the CHECK. Only a very large configured MAX_SITE_AREA_HA
 * (over 200,000 ha) lets a 0.01 ha stratum get there.
 */
const MIN_STORED_SHARE_PERCENT = 0.00001

/** Overlaps smaller than 1 m² between neighbouring strata are rounding at shared edges. */
const OVERLAP_TOLERANCE_HA = 0.0001

/**
 * Checks the strata of a site: each stratum polygon valid and inside its site,
 * strata polygons not overlapping each other, and the shares adding up to at
 * most 100 % of the site (a share-only stratum is `areaPercent` of the site).
 *
 * @param site the site's validated parts and geodesic area (ha)
 * @param strata in request order; paths are `strata[i]…`
 * @param verticesLeft how many positions the strata may still use (the site's limit minus the site's own)
 */
export function validateStrata(
  site: { parts: Parts; areaHa: number },
  strata: StratumShape[],
  verticesLeft: number,
): StrataResult {
  const issues: GeometryIssue[] = []
  const checked: (CheckedStratum & { parts?: Parts })[] = []
  let left = verticesLeft
  strata.forEach((s, i) => {
    const path = `strata[${i}]`
    if (s.geometry === undefined || s.geometry === null) {
      const areaPercent = s.areaPercent ?? 0
      checked.push({ geometry: null, areaPercent, areaHa: (site.areaHa * areaPercent) / 100 })
      return
    }
    const result = validateSiteGeometry(s.geometry, { minAreaHa: MIN_SITE_AREA_HA, maxAreaHa: Infinity, maxVertices: Math.max(left, 0) }, `${path}.geometry`)
    if (!result.valid) {
      issues.push(...result.issues)
      return
    }
    left -= result.value.vertexCount
    const outside = pointOutside(result.value.parts, site.parts)
    if (outside) {
      issues.push({
        path: `${path}.geometry`,
        code: 'stratum_outside_site',
        message: {
          en: `Stratum ${i} extends outside its site (at ${formatLonLat(outside)}).`,
          zh: `第 ${i} 个碳层超出其所属地块（位于 ${formatLonLat(outside)}）。`,
        },
        point: outside,
      })
      return
    }
    const areaHa = result.value.areaHa
    const areaPercent = (areaHa / site.areaHa) * 100
    if (areaPercent < MIN_STORED_SHARE_PERCENT) {
      issues.push({
        path: `${path}.geometry`,
        code: 'stratum_share_too_small',
        message: {
          en: `Stratum ${i} is ${areaPercent.toExponential(1)} % of its site; a share below ${MIN_STORED_SHARE_PERCENT} % cannot be stored.`,
          zh: `第 ${i} 个碳层仅占地块的 ${areaPercent.toExponential(1)}%；低于 ${MIN_STORED_SHARE_PERCENT}% 的比例无法存储。`,
        },
      })
      return
    }
    checked.push({ geometry: result.value.geometry, parts: result.value.parts, areaPercent, areaHa })
  })
  if (issues.length) return { valid: false, issues }

  issues.push(...overlapIssues(checked))
  const totalPercent = checked.reduce((sum, s) => sum + s.areaPercent, 0)
  if (totalPercent > 100 + STRATA_SHARE_TOLERANCE_PERCENT) {
    issues.push({
      path: 'strata',
      code: 'strata_share_exceeds_site',
      message: {
        en: `The strata cover ${totalPercent.toFixed(2)} % of the site; together they may cover at most 100 %.`,
        zh: `各碳层合计占地块面积的 ${totalPercent.toFixed(2)}%，合计不得超过 100%。`,
      },
    })
  }
  if (issues.length) return { valid: false, issues }
  return { valid: true, strata: checked.map(({ geometry, areaPercent, areaHa }) => ({ geometry, areaPercent, areaHa })), issues: [] }
}

/**
 * A point of `inner` that lies outside `outer`: a vertex, an edge midpoint
 * (an edge between two boundary vertices can cut across a bay), or a point
 * where the edges cross. Shared edges are fine.
 */
function pointOutside(inner: Parts, outer: Parts): LonLat | undefined {
  for (const rings of inner) {
    for (const ring of rings) {
      for (let k = 0; k < ring.length - 1; k++) {
        const a = ring[k]!
        const b = ring[k + 1]!
        if (locateInParts(a, outer) === 'outside') return a
        const mid: LonLat = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]
        if (locateInParts(mid, outer) === 'outside') return mid
      }
    }
  }
  return firstCrossing(inner.flat(), outer.flat())
}

function overlapIssues(strata: { parts?: Parts; geometry: MultiPolygon | null }[]): GeometryIssue[] {
  const withShape = strata.map((s, i) => ({ i, parts: s.parts, geometry: s.geometry })).filter((s) => s.parts && s.geometry)
  const boxes = withShape.map((s) => ringsBbox(s.parts!.flat()))
  for (let a = 0; a < withShape.length; a++) {
    for (let b = a + 1; b < withShape.length; b++) {
      if (!bboxesIntersect(boxes[a]!, boxes[b]!)) continue
      const shared = intersect(featureCollection([multiPolygon(withShape[a]!.geometry!.coordinates), multiPolygon(withShape[b]!.geometry!.coordinates)]))
      if (!shared) continue
      const sharedHa = geodesicAreaHa(shared.geometry)
      if (sharedHa <= OVERLAP_TOLERANCE_HA) continue
      const first = shared.geometry.type === 'Polygon' ? shared.geometry.coordinates[0]![0]! : shared.geometry.coordinates[0]![0]![0]!
      const point: LonLat = [first[0]!, first[1]!]
      const [i, j] = [withShape[a]!.i, withShape[b]!.i]
      return [
        {
          path: `strata[${j}].geometry`,
          code: 'strata_overlap',
          message: {
            en: `Strata ${i} and ${j} overlap on ${sharedHa.toFixed(4)} ha (near ${formatLonLat(point)}); a stratum's land may be counted once.`,
            zh: `第 ${i} 与第 ${j} 个碳层重叠 ${sharedHa.toFixed(4)} 公顷（约在 ${formatLonLat(point)}）；同一块土地只能计入一个碳层。`,
          },
          point,
        },
      ]
    }
  }
  return []
}

import { formatLonLat, indexPath, type GeometryIssue, type LonLat } from './geometry-issue.ts'
import type { Parts } from './geometry-shape.validation.ts'
import { bboxesIntersect, locateInPolygon, locateInRing, ringsBbox } from './planar.ts'
import { segmentCrossings } from './segment-crossings.ts'

/** A handful of kink points locate the fault; hundreds (a scribble) add nothing. */
const MAX_KINKS_REPORTED = 5

/**
 * Topology of structurally sound parts: no boundary crossing or touching
 * itself (kink points, as @turf/kinks defines them: segment-crossings.ts), every hole inside its shell and
 * outside the other holes, and the polygons of a MultiPolygon apart from each
 * other. These are the OGC validity rules PostGIS enforces.
 *
 * @param parts polygons as shell + holes (from readGeometryShape)
 * @param multi whether paths carry a polygon index
 * @param path field path of the geometry, e.g. `geometry`
 */
export function topologyIssues(parts: Parts, multi: boolean, path: string): GeometryIssue[] {
  const base = `${path}.coordinates`
  const issues: GeometryIssue[] = []
  parts.forEach((rings, p) => {
    const partPath = multi ? indexPath(base, p) : base
    const kinkPoints = segmentCrossings(rings, MAX_KINKS_REPORTED)
    if (kinkPoints.length) {
      const where = multi ? { en: `of polygon ${p} `, zh: `第 ${p} 个多边形的` } : { en: '', zh: '' }
      for (const point of kinkPoints.slice(0, MAX_KINKS_REPORTED)) {
        issues.push({
          path: partPath,
          code: 'self_intersection',
          message: {
            en: `The boundary ${where.en}crosses or touches itself at ${formatLonLat(point)}.`,
            zh: `${where.zh}边界在 ${formatLonLat(point)} 处自相交或自接触。`,
          },
          point,
        })
      }
      return
    }
    issues.push(...holeIssues(rings, multi ? [p] : [], base))
  })
  if (issues.length || parts.length < 2) return issues
  return partIssues(parts, base)
}

function holeIssues(rings: Parts[number], polygonIdx: number[], base: string): GeometryIssue[] {
  const issues: GeometryIssue[] = []
  const shell = rings[0]!
  rings.slice(1).forEach((hole, h0) => {
    const h = h0 + 1
    // No crossings remain, so one vertex tells where the whole hole lies.
    const vertex = hole[0]!
    const holePath = indexPath(base, ...polygonIdx, h)
    if (locateInRing(vertex, shell) === 'outside') {
      issues.push({
        path: holePath,
        code: 'hole_outside_shell',
        message: {
          en: `Hole ${h} lies outside the outer boundary (its first position is ${formatLonLat(vertex)}).`,
          zh: `第 ${h} 个内洞位于外边界之外（其首点为 ${formatLonLat(vertex)}）。`,
        },
        point: vertex,
      })
      return
    }
    const container = rings.slice(1).findIndex((other, k) => k !== h0 && locateInRing(vertex, other) === 'inside')
    if (container >= 0) {
      issues.push({
        path: holePath,
        code: 'hole_outside_shell',
        message: {
          en: `Hole ${h} lies inside hole ${container + 1}; holes must not nest (first position ${formatLonLat(vertex)}).`,
          zh: `第 ${h} 个内洞位于第 ${container + 1} 个内洞之内；内洞不能嵌套（首点 ${formatLonLat(vertex)}）。`,
        },
        point: vertex,
      })
    }
  })
  return issues
}

function partIssues(parts: Parts, base: string): GeometryIssue[] {
  const boxes = parts.map(ringsBbox)
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      if (!bboxesIntersect(boxes[i]!, boxes[j]!)) continue
      // Each part is clean on its own, so any kink of the pair is between them.
      const touching: LonLat | undefined = segmentCrossings([...parts[i]!, ...parts[j]!], 1, [...parts[i]!.map(() => 0), ...parts[j]!.map(() => 1)])[0]
      const nested = touching
        ? undefined
        : locateInPolygon(parts[j]![0]![0]!, parts[i]!) === 'inside'
          ? parts[j]![0]![0]!
          : locateInPolygon(parts[i]![0]![0]!, parts[j]!) === 'inside'
            ? parts[i]![0]![0]!
            : undefined
      const point = touching ?? nested
      if (!point) continue
      return [
        {
          path: indexPath(base, j),
          code: 'parts_intersect',
          message: touching
            ? { en: `Polygons ${i} and ${j} touch or cross at ${formatLonLat(point)}; merge them or move them apart.`, zh: `第 ${i} 与第 ${j} 个多边形在 ${formatLonLat(point)} 处接触或相交，请合并或分开。` }
            : { en: `Polygons ${i} and ${j} overlap (one lies inside the other, near ${formatLonLat(point)}).`, zh: `第 ${i} 与第 ${j} 个多边形重叠（一个位于另一个之内，约在 ${formatLonLat(point)}）。` },
          point,
        },
      ]
    }
  }
  return []
}

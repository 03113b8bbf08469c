import type { LonLat } from './geometry-issue.ts'
import type { Ring } from './geometry-shape.validation.ts'

/**
 * Planar predicates on lon/lat, as GeoJSON (RFC 7946 §3.1.1) and PostGIS
 * geometry treat edges: straight lines in degrees. Sites are small, so this is
 * the same topology PostGIS stores.
 */

/** ~1 mm at the equator: positions closer than this to an edge lie on it. */
const EPS_DEG = 1e-8

export type Location = 'inside' | 'outside' | 'boundary'

/**
 * Where `pt` lies relative to a closed ring (even–odd ray casting).
 * @example locateInRing([0.5, 0.5], [[0,0],[1,0],[1,1],[0,1],[0,0]]) // 'inside'
 */
export function locateInRing(pt: LonLat, ring: Ring): Location {
  const [x, y] = pt
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j]!
    const b = ring[i]!
    if (onSegment(pt, a, b)) return 'boundary'
    if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside
  }
  return inside ? 'inside' : 'outside'
}

/** Where `pt` lies relative to a polygon given as shell + holes. */
export function locateInPolygon(pt: LonLat, rings: Ring[]): Location {
  const shell = locateInRing(pt, rings[0]!)
  if (shell !== 'inside') return shell
  for (const hole of rings.slice(1)) {
    const h = locateInRing(pt, hole)
    if (h === 'boundary') return 'boundary'
    if (h === 'inside') return 'outside'
  }
  return 'inside'
}

/** Where `pt` lies relative to a set of disjoint polygons. */
export function locateInParts(pt: LonLat, parts: Ring[][]): Location {
  let result: Location = 'outside'
  for (const rings of parts) {
    const l = locateInPolygon(pt, rings)
    if (l === 'inside') return 'inside'
    if (l === 'boundary') result = 'boundary'
  }
  return result
}

function cross(o: LonLat, a: LonLat, b: LonLat): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
}

function onSegment(p: LonLat, a: LonLat, b: LonLat): boolean {
  // The box test first: it is what rejects nearly every edge, and it is cheaper than hypot.
  const inBox =
    Math.min(a[0], b[0]) - EPS_DEG <= p[0] && p[0] <= Math.max(a[0], b[0]) + EPS_DEG &&
    Math.min(a[1], b[1]) - EPS_DEG <= p[1] && p[1] <= Math.max(a[1], b[1]) + EPS_DEG
  if (!inBox) return false
  const len = Math.hypot(b[0] - a[0], b[1] - a[1])
  if (len === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]) <= EPS_DEG
  return Math.abs(cross(a, b, p)) / len <= EPS_DEG
}

/**
 * The point where segments ab and cd cross each other's interior, or
 * undefined. Touching at an end point or running along each other (shared
 * edges) is not a crossing.
 */
export function properCrossing(a: LonLat, b: LonLat, c: LonLat, d: LonLat): LonLat | undefined {
  const d1 = cross(c, d, a)
  const d2 = cross(c, d, b)
  const d3 = cross(a, b, c)
  const d4 = cross(a, b, d)
  const lenAb = Math.hypot(b[0] - a[0], b[1] - a[1])
  const lenCd = Math.hypot(d[0] - c[0], d[1] - c[1])
  // Signed distances from the other line; within EPS_DEG counts as touching.
  const strictlyOpposite = (u: number, v: number, len: number) => (u / len > EPS_DEG && v / len < -EPS_DEG) || (u / len < -EPS_DEG && v / len > EPS_DEG)
  if (lenAb === 0 || lenCd === 0) return undefined
  if (!strictlyOpposite(d1, d2, lenCd) || !strictlyOpposite(d3, d4, lenAb)) return undefined
  const t = d1 / (d1 - d2)
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]
}

/** [minLon, minLat, maxLon, maxLat] of rings. */
export function ringsBbox(rings: Ring[]): [number, number, number, number] {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x < minX) minX = x
      if (y < minY) minY = y
      if (x > maxX) maxX = x
      if (y > maxY) maxY = y
    }
  }
  return [minX, minY, maxX, maxY]
}

export function bboxesIntersect(a: [number, number, number, number], b: [number, number, number, number]): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3]
}

/** The first proper crossing between the edges of two sets of rings, or undefined. */
export function firstCrossing(a: Ring[], b: Ring[]): LonLat | undefined {
  for (const ra of a) {
    for (let i = 0; i < ra.length - 1; i++) {
      const p = ra[i]!
      const q = ra[i + 1]!
      const minX = Math.min(p[0], q[0])
      const maxX = Math.max(p[0], q[0])
      const minY = Math.min(p[1], q[1])
      const maxY = Math.max(p[1], q[1])
      for (const rb of b) {
        for (let k = 0; k < rb.length - 1; k++) {
          const r = rb[k]!
          const s = rb[k + 1]!
          if (Math.max(r[0], s[0]) < minX || Math.min(r[0], s[0]) > maxX || Math.max(r[1], s[1]) < minY || Math.min(r[1], s[1]) > maxY) continue
          const hit = properCrossing(p, q, r, s)
          if (hit) return hit
        }
      }
    }
  }
  return undefined
}

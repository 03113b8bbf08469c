import type { LonLat } from './geometry-issue.ts'
import type { Ring } from './geometry-shape.validation.ts'

/**
 * Points where edges of `rings` cross or touch, as @turf/kinks finds them
 * (its test, ends included; neighbouring edges of a ring and the closing pair
 * skipped; parallel edges never meet), but without its cost: edges are sorted
 * by their west end and only pairs whose boxes overlap are tested, nothing is
 * allocated per pair, and the search stops at `limit` distinct points. kinks
 * tests all n² pairs and collects every crossing, so a 10,000-position
 * scribble (millions of crossings) held the event loop for minutes.
 *
 * @param rings closed rings (first position repeated last)
 * @param limit distinct points wanted; the search stops there
 * @param group when given, only edges of rings in different groups are paired (polygons of a MultiPolygon against each other)
 * @returns distinct points, in no particular order
 */
export function segmentCrossings(rings: Ring[], limit: number, group?: number[]): LonLat[] {
  let n = 0
  for (const ring of rings) n += Math.max(ring.length - 1, 0)
  const edges: { r: number; i: number; a: LonLat; b: LonLat }[] = []
  rings.forEach((ring, r) => {
    for (let i = 0; i < ring.length - 1; i++) edges.push({ r, i, a: ring[i]!, b: ring[i + 1]! })
  })
  edges.sort((s, t) => Math.min(s.a[0], s.b[0]) - Math.min(t.a[0], t.b[0]))
  // Struct of arrays in sweep order: the inner loop below runs up to n²/2 times on a star-shaped ring.
  const ax = new Float64Array(n)
  const ay = new Float64Array(n)
  const bx = new Float64Array(n)
  const by = new Float64Array(n)
  const minX = new Float64Array(n)
  const maxX = new Float64Array(n)
  const minY = new Float64Array(n)
  const maxY = new Float64Array(n)
  const ringOf = new Int32Array(n)
  const indexInRing = new Int32Array(n)
  edges.forEach((edge, e) => {
    ax[e] = edge.a[0]
    ay[e] = edge.a[1]
    bx[e] = edge.b[0]
    by[e] = edge.b[1]
    minX[e] = Math.min(edge.a[0], edge.b[0])
    maxX[e] = Math.max(edge.a[0], edge.b[0])
    minY[e] = Math.min(edge.a[1], edge.b[1])
    maxY[e] = Math.max(edge.a[1], edge.b[1])
    ringOf[e] = edge.r
    indexInRing[e] = edge.i
  })
  const edgesInRing = rings.map((ring) => Math.max(ring.length - 1, 0))

  const found: LonLat[] = []
  const seen = new Set<string>()
  for (let s = 0; s < n; s++) {
    const sMaxX = maxX[s]!
    const sMinY = minY[s]!
    const sMaxY = maxY[s]!
    const r = ringOf[s]!
    for (let t = s + 1; t < n; t++) {
      if (minX[t]! > sMaxX) break
      if (maxY[t]! < sMinY || minY[t]! > sMaxY) continue
      if (group) {
        if (group[r] === group[ringOf[t]!]) continue
      } else if (r === ringOf[t]) {
        const gap = Math.abs(indexInRing[s]! - indexInRing[t]!)
        if (gap === 1 || gap === edgesInRing[r]! - 1) continue
      }
      // @turf/kinks' lineIntersects, inlined.
      const den = (by[t]! - ay[t]!) * (bx[s]! - ax[s]!) - (bx[t]! - ax[t]!) * (by[s]! - ay[s]!)
      if (den === 0) continue
      const dy = ay[s]! - ay[t]!
      const dx = ax[s]! - ax[t]!
      const u = ((bx[t]! - ax[t]!) * dy - (by[t]! - ay[t]!) * dx) / den
      const v = ((bx[s]! - ax[s]!) * dy - (by[s]! - ay[s]!) * dx) / den
      if (u < 0 || u > 1 || v < 0 || v > 1) continue
      const point: LonLat = [ax[s]! + u * (bx[s]! - ax[s]!), ay[s]! + u * (by[s]! - ay[s]!)]
      const key = `${point[0].toFixed(9)},${point[1].toFixed(9)}`
      if (seen.has(key)) continue
      seen.add(key)
      found.push(point)
      if (found.length >= limit) return found
    }
  }
  return found
}

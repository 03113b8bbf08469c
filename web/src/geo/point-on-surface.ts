import type { LonLat } from './local-metres.ts'

type Ring = readonly LonLat[]

/**
 * A point strictly inside a polygon (unlike the centroid, which a curved band
 * can lie outside of): the middle of the widest interior span of the
 * horizontal line through the middle of the bounding box.
 *
 * @returns [lon, lat], or null for a degenerate polygon
 */
export function pointOnSurface(rings: readonly Ring[]): [number, number] | null {
  const outer = rings[0]
  if (!outer || outer.length < 4) return null
  const ys = outer.map((p) => p[1])
  const y = (Math.min(...ys) + Math.max(...ys)) / 2
  const crossings: number[] = []
  for (const ring of rings) {
    for (let i = 0; i < ring.length - 1; i++) {
      const [x1, y1] = ring[i]!
      const [x2, y2] = ring[i + 1]!
      // Half-open rule: a vertex exactly on the line is counted once.
      if (y1 > y !== y2 > y) crossings.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1))
    }
  }
  crossings.sort((a, b) => a - b)
  let best: [number, number] | null = null
  let widest = 0
  // Even–odd: spans between crossings 0–1, 2–3, … are inside.
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const width = crossings[i + 1]! - crossings[i]!
    if (width > widest) {
      widest = width
      best = [(crossings[i]! + crossings[i + 1]!) / 2, y]
    }
  }
  return best
}

import { localFrame, type LonLat, type Metres } from './local-metres.ts'

type Ring = readonly LonLat[]

function distanceToSegmentM(p: Metres, a: Metres, b: Metres): number {
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  const lengthSq = dx * dx + dy * dy
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSq))
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy))
}

/**
 * Distance in metres from a point to the nearest edge of any ring (e.g. the
 * coastline of a land multipolygon), measured on a plane tangent at the point.
 * Rings whose bounding box is farther than `searchRadiusM` are skipped.
 *
 * @returns metres, or Infinity when no edge lies within `searchRadiusM`
 */
export function distanceToEdgesM(p: LonLat, rings: Iterable<Ring>, searchRadiusM = 20_000): number {
  const frame = localFrame(p)
  const origin: Metres = [0, 0]
  let best = Infinity
  for (const ring of rings) {
    const local = ring.map((q) => frame.toMetres(q))
    const xs = local.map((q) => q[0])
    const ys = local.map((q) => q[1])
    const gapX = Math.max(0, Math.min(...xs), -Math.max(...xs))
    const gapY = Math.max(0, Math.min(...ys), -Math.max(...ys))
    if (Math.hypot(gapX, gapY) > searchRadiusM) continue
    for (let i = 0; i < local.length - 1; i++) best = Math.min(best, distanceToSegmentM(origin, local[i]!, local[i + 1]!))
  }
  return best <= searchRadiusM ? best : Infinity
}

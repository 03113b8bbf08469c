import { localFrame, type LonLat, type Metres } from '../src/geo/local-metres.ts'

type Ring = readonly LonLat[]

interface RingHit {
  ring: number
  segment: number
  /** 0–1 position along the segment. */
  t: number
}

function nearestOnRings(p: LonLat, rings: readonly Ring[]): RingHit {
  const frame = localFrame(p)
  let best = { distanceM: Infinity, hit: { ring: -1, segment: -1, t: 0 } }
  rings.forEach((ring, r) => {
    for (let s = 0; s < ring.length - 1; s++) {
      const a = frame.toMetres(ring[s]!)
      const b = frame.toMetres(ring[s + 1]!)
      const dx = b[0] - a[0]
      const dy = b[1] - a[1]
      const t = Math.max(0, Math.min(1, -(a[0] * dx + a[1] * dy) / (dx * dx + dy * dy || 1)))
      const distanceM = Math.hypot(a[0] + t * dx, a[1] + t * dy)
      if (distanceM < best.distanceM) best = { distanceM, hit: { ring: r, segment: s, t } }
    }
  })
  return best.hit
}

const lerp = (a: LonLat, b: LonLat, t: number): LonLat => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]

function walk(ring: Ring, from: RingHit, to: RingHit, step: 1 | -1): LonLat[] {
  const segments = ring.length - 1
  const at = (h: RingHit) => lerp(ring[h.segment]!, ring[h.segment + 1]!, h.t)
  const path: LonLat[] = [at(from)]
  if (from.segment === to.segment && (to.t - from.t) * step >= 0) return [...path, at(to)]
  // Forward leaves a segment through its end vertex, backward through its start vertex.
  let v = step === 1 ? from.segment + 1 : from.segment
  const stop = step === 1 ? to.segment : to.segment + 1
  for (let guard = 0; guard <= segments; guard++) {
    path.push(ring[v % segments]!)
    if (v % segments === stop % segments) break
    v = (v + step + segments) % segments
  }
  return [...path, at(to)]
}

function lengthM(path: readonly LonLat[]): number {
  const frame = localFrame(path[0]!)
  let sum = 0
  for (let i = 1; i < path.length; i++) {
    const a = frame.toMetres(path[i - 1]!)
    const b = frame.toMetres(path[i]!)
    sum += Math.hypot(b[0] - a[0], b[1] - a[1])
  }
  return sum
}

/**
 * The stretch of coastline between the points nearest to `from` and `to`,
 * taking the shorter way round the ring, and which hand the sea is on.
 * Rings are wound as RFC 7946 says (exteriors counter-clockwise), so walking a
 * ring in stored order keeps land on the left and sea on the right.
 */
export function coastPath(from: LonLat, to: LonLat, rings: readonly Ring[]): { path: LonLat[]; seaOnRight: boolean } {
  const a = nearestOnRings(from, rings)
  const b = nearestOnRings(to, rings)
  if (a.ring !== b.ring) throw new Error(`coast points ${from} and ${to} lie on different rings`)
  const ring = rings[a.ring]!
  const forward = walk(ring, a, b, 1)
  const backward = walk(ring, a, b, -1)
  return lengthM(forward) <= lengthM(backward) ? { path: forward, seaOnRight: true } : { path: backward, seaOnRight: false }
}

/** `count` points equally spaced along the path, in metres of the given frame. */
export function resample(path: readonly LonLat[], count: number, toMetres: (p: LonLat) => Metres): Metres[] {
  const pts = path.map(toMetres)
  const cumulative = [0]
  for (let i = 1; i < pts.length; i++) cumulative.push(cumulative[i - 1]! + Math.hypot(pts[i]![0] - pts[i - 1]![0], pts[i]![1] - pts[i - 1]![1]))
  const total = cumulative[cumulative.length - 1]!
  const out: Metres[] = []
  let seg = 0
  for (let k = 0; k < count; k++) {
    const d = (total * k) / (count - 1)
    while (seg < pts.length - 2 && cumulative[seg + 1]! < d) seg++
    const span = cumulative[seg + 1]! - cumulative[seg]! || 1
    const t = Math.min(1, (d - cumulative[seg]!) / span)
    const a = pts[seg]!
    const b = pts[seg + 1]!
    out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t])
  }
  return out
}

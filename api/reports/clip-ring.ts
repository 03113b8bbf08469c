export type Point = [number, number]
export type Rect = { minX: number; minY: number; maxX: number; maxY: number }

type Edge = { inside: (p: Point) => boolean; cross: (a: Point, b: Point) => Point }

function edges(r: Rect): Edge[] {
  const atX = (x: number) => (a: Point, b: Point): Point => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])]
  const atY = (y: number) => (a: Point, b: Point): Point => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y]
  return [
    { inside: (p) => p[0] >= r.minX, cross: atX(r.minX) },
    { inside: (p) => p[0] <= r.maxX, cross: atX(r.maxX) },
    { inside: (p) => p[1] >= r.minY, cross: atY(r.minY) },
    { inside: (p) => p[1] <= r.maxY, cross: atY(r.maxY) },
  ]
}

/**
 * Sutherland–Hodgman clipping of one ring to a rectangle. The result may run along
 * the rectangle's edges where the ring left it; for filled drawing (even-odd rule,
 * each ring clipped alone) that gives exactly the part of the polygon inside the
 * rectangle, which keeps a province-wide coastline down to the few vertices a
 * site snapshot shows.
 *
 * @param ring closed or open list of points (pixels)
 * @returns the clipped ring, open (first point not repeated); empty when nothing is inside
 */
export function clipRingToRect(ring: readonly Point[], rect: Rect): Point[] {
  let output: Point[] = ring.length > 1 && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1] ? ring.slice(0, -1) : [...ring]
  for (const edge of edges(rect)) {
    const input = output
    output = []
    input.forEach((current, i) => {
      const previous = input[(i + input.length - 1) % input.length]!
      if (edge.inside(current)) {
        if (!edge.inside(previous)) output.push(edge.cross(previous, current))
        output.push(current)
      } else if (edge.inside(previous)) {
        output.push(edge.cross(previous, current))
      }
    })
    if (output.length === 0) return []
  }
  return output.length >= 3 ? output : []
}

/** Shoelace area (absolute), for tests and for dropping degenerate slivers. */
export function ringAreaPx(ring: readonly Point[]): number {
  let twice = 0
  ring.forEach((p, i) => {
    const q = ring[(i + 1) % ring.length]!
    twice += p[0] * q[1] - q[0] * p[1]
  })
  return Math.abs(twice) / 2
}

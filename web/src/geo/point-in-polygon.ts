import type { LonLat } from './local-metres.ts'

type Ring = readonly LonLat[]

/** Even–odd ray casting on a closed ring; a point exactly on an edge may fall either way. */
export function pointInRing([x, y]: LonLat, ring: Ring): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!
    const [xj, yj] = ring[j]!
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

/** Inside the exterior ring and outside every hole. */
export function pointInPolygon(p: LonLat, rings: readonly Ring[]): boolean {
  const [outer, ...holes] = rings
  return outer !== undefined && pointInRing(p, outer) && !holes.some((h) => pointInRing(p, h))
}

export function pointInMultiPolygon(p: LonLat, polygons: readonly (readonly Ring[])[]): boolean {
  return polygons.some((rings) => pointInPolygon(p, rings))
}

import type { MultiPolygon, Polygon } from 'geojson'

/**
 * [west, south, east, north] of a polygon's positions, in degrees; for
 * fitting the map to a site (our sites never cross the antimeridian).
 *
 * @example geometryBounds({ type: 'Polygon', coordinates: [[[110, 21], [110.2, 21.1], [110.1, 20.9], [110, 21]]] }) // [110, 20.9, 110.2, 21.1]
 */
export function geometryBounds(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat()
  let w = Infinity
  let s = Infinity
  let e = -Infinity
  let n = -Infinity
  for (const ring of rings) {
    for (const [x, y] of ring) {
      w = Math.min(w, x!)
      e = Math.max(e, x!)
      s = Math.min(s, y!)
      n = Math.max(n, y!)
    }
  }
  return [w, s, e, n]
}

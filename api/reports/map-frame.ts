/** The sphere radius @turf/area uses, so map distances agree with the product's areas. */
export const EARTH_RADIUS_M = 6_371_008.8
const RAD = Math.PI / 180

export type Bbox = [minLon: number, minLat: number, maxLon: number, maxLat: number]
export type Position = readonly number[]

/**
 * A north-up map window in pixels. The projection is equirectangular about the
 * centre latitude: over the few kilometres of a site snapshot its scale error is
 * far below a pixel (cos φ changes by < 0.1 % across 5 km at 21° N).
 */
export type MapFrame = { widthPx: number; heightPx: number; centerLon: number; centerLat: number; metresPerPx: number }

/**
 * The frame that shows `bbox` with a margin on every side.
 *
 * @param bbox lon/lat extent of what must be visible
 * @param options paddingRatio of the bbox span added on each side; minSpanM the
 *   smallest ground width shown (so a tiny site still shows its surroundings)
 * @returns frame whose metres per pixel fits the padded bbox in both directions
 */
export function frameForBbox(bbox: Bbox, options: { widthPx: number; heightPx: number; paddingRatio: number; minSpanM: number }): MapFrame {
  const [minLon, minLat, maxLon, maxLat] = bbox
  const centerLon = (minLon + maxLon) / 2
  const centerLat = (minLat + maxLat) / 2
  const spanXM = (maxLon - minLon) * RAD * EARTH_RADIUS_M * Math.cos(centerLat * RAD)
  const spanYM = (maxLat - minLat) * RAD * EARTH_RADIUS_M
  const grow = 1 + 2 * options.paddingRatio
  const metresPerPx = Math.max((spanXM * grow) / options.widthPx, (spanYM * grow) / options.heightPx, options.minSpanM / options.widthPx)
  return { widthPx: options.widthPx, heightPx: options.heightPx, centerLon, centerLat, metresPerPx }
}

/** Lon/lat → pixel (y grows downwards, as in SVG). */
export function project(frame: MapFrame, position: Position): [number, number] {
  const lon = position[0] ?? 0
  const lat = position[1] ?? 0
  const xM = (lon - frame.centerLon) * RAD * EARTH_RADIUS_M * Math.cos(frame.centerLat * RAD)
  const yM = (lat - frame.centerLat) * RAD * EARTH_RADIUS_M
  return [frame.widthPx / 2 + xM / frame.metresPerPx, frame.heightPx / 2 - yM / frame.metresPerPx]
}

/** The lon/lat extent the frame shows (for spatial queries and quick rejects). */
export function frameBbox(frame: MapFrame): Bbox {
  const halfLon = (frame.widthPx / 2) * frame.metresPerPx / (RAD * EARTH_RADIUS_M * Math.cos(frame.centerLat * RAD))
  const halfLat = (frame.heightPx / 2) * frame.metresPerPx / (RAD * EARTH_RADIUS_M)
  return [frame.centerLon - halfLon, frame.centerLat - halfLat, frame.centerLon + halfLon, frame.centerLat + halfLat]
}

/** Bbox of any nesting of positions (Polygon or MultiPolygon coordinates). */
export function bboxOf(coordinates: unknown): Bbox {
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity]
  const visit = (node: unknown) => {
    if (!Array.isArray(node)) return
    if (typeof node[0] === 'number' && typeof node[1] === 'number') {
      box[0] = Math.min(box[0], node[0])
      box[1] = Math.min(box[1], node[1])
      box[2] = Math.max(box[2], node[0])
      box[3] = Math.max(box[3], node[1])
      return
    }
    node.forEach(visit)
  }
  visit(coordinates)
  return box
}

export function bboxesIntersect(a: Bbox, b: Bbox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3]
}

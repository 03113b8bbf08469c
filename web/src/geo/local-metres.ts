/** [longitude, latitude] in degrees (WGS84), as in GeoJSON. */
export type LonLat = readonly [number, number]
/** [east, north] in metres on a local tangent plane. */
export type Metres = readonly [number, number]

/**
 * Mean Earth radius in metres; the same sphere @turf/area uses, so distances
 * here and areas there follow one convention.
 */
export const EARTH_RADIUS_M = 6_371_008.8
const METRES_PER_DEGREE = (EARTH_RADIUS_M * Math.PI) / 180

export interface LocalFrame {
  toMetres(p: LonLat): Metres
  toLonLat(p: Metres): [number, number]
}

/**
 * An equirectangular frame centred on `origin`. Over the few kilometres of a
 * coastal site its error is far below the 100 m error of the basemap itself.
 *
 * @example localFrame([110, 21]).toMetres([110.001, 21]) // ≈ [103.8, 0]
 */
export function localFrame(origin: LonLat): LocalFrame {
  const [lon0, lat0] = origin
  const metresPerDegreeLon = METRES_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180)
  return {
    toMetres: ([lon, lat]) => [(lon - lon0) * metresPerDegreeLon, (lat - lat0) * METRES_PER_DEGREE],
    toLonLat: ([x, y]) => [lon0 + x / metresPerDegreeLon, lat0 + y / METRES_PER_DEGREE],
  }
}

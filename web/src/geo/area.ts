import turfArea from '@turf/area'
import type { MultiPolygon, Polygon } from 'geojson'

const M2_PER_HA = 10_000

/**
 * Geodesic area in hectares on @turf/area's sphere (radius 6,371,008.8 m):
 * the product's one area convention, the same the API stores, so the live
 * area under the pen matches what the server answers after saving.
 *
 * @param geometry - WGS84 Polygon or MultiPolygon
 * @returns area in hectares
 * @example geodesicAreaHa({ type: 'Polygon', coordinates: [[[110, 21], [110.01, 21], [110.01, 21.01], [110, 21.01], [110, 21]]] }) // ≈ 115.43
 */
export function geodesicAreaHa(geometry: Polygon | MultiPolygon): number {
  return turfArea(geometry) / M2_PER_HA
}

import turfArea from '@turf/area'
import type { MultiPolygon, Polygon } from 'geojson'

const M2_PER_HA = 10_000

/**
 * Geodesic area in hectares, on the sphere of radius 6,371,008.8 m that
 * @turf/area uses — the one area convention of the product (PostGIS's
 * spheroidal `ST_Area(geography)` reads about 0.1–0.3 % different).
 *
 * @param geometry WGS84 Polygon or MultiPolygon
 * @returns area in hectares
 * @example geodesicAreaHa({ type: 'Polygon', coordinates: [[[110,21],[110.01,21],[110.01,21.01],[110,21.01],[110,21]]] }) // ≈ 115.1
 */
export function geodesicAreaHa(geometry: Polygon | MultiPolygon): number {
  return turfArea(geometry) / M2_PER_HA
}

import type { Bilingual } from '../../methodologies/types.ts'

/** A lon/lat position in WGS84 degrees. */
export type LonLat = [number, number]

/**
 * One problem found in a geometry: where (a field path such as
 * `geometry.coordinates[0][3]`), what (a stable code the UI can translate),
 * a message in both languages and, when there is one, the point on the map.
 * Validators return lists of these and never throw (style.md §10).
 */
export type GeometryIssue = {
  path: string
  code: GeometryIssueCode
  message: Bilingual
  point?: LonLat
}

export type GeometryIssueCode =
  | 'geometry_missing'
  | 'geometry_type'
  | 'coordinates_invalid'
  | 'geometry_empty'
  | 'position_invalid'
  | 'longitude_out_of_range'
  | 'latitude_out_of_range'
  | 'ring_too_short'
  | 'ring_not_closed'
  | 'ring_degenerate'
  | 'too_many_vertices'
  | 'self_intersection'
  | 'parts_intersect'
  | 'hole_outside_shell'
  | 'area_too_small'
  | 'area_too_large'
  | 'stratum_outside_site'
  | 'strata_overlap'
  | 'strata_share_exceeds_site'
  | 'stratum_share_too_small'
  | 'postgis_invalid'

/** `110.123456, 21.5` — six decimals is ~0.1 m, enough to find the spot on a map. */
export function formatLonLat([lon, lat]: LonLat): string {
  return `${round6(lon)}, ${round6(lat)}`
}

function round6(v: number): string {
  return String(Math.round(v * 1e6) / 1e6)
}

/** `coordinates[1][0][3]` from indices. */
export function indexPath(base: string, ...indices: number[]): string {
  return `${base}${indices.map((i) => `[${i}]`).join('')}`
}

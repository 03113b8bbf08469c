import type { AppConfig } from '../app-env.ts'
import type { Locale } from '../errors/catalog.ts'
import { invalidGeometry } from './geometry-problem.ts'
import { MAX_SITE_VERTICES, MIN_SITE_AREA_HA } from './geometry-limits.ts'
import { validateSiteGeometry } from './site-geometry.validation.ts'

/**
 * The geodesic area (ha) of a geometry drawn for a one-off estimate or
 * valuation, after the same checks a stored site gets — so a self-intersecting
 * or oversized drawing is a 400 with the kink point, never a silently wrong area.
 * @throws ApiError `invalid_geometry` with field paths under `geometry`
 */
export function drawnGeometryAreaHa(input: unknown, config: Pick<AppConfig, 'maxSiteAreaHa'>, locale: Locale): number {
  const result = validateSiteGeometry(input, { minAreaHa: MIN_SITE_AREA_HA, maxAreaHa: config.maxSiteAreaHa, maxVertices: MAX_SITE_VERTICES })
  if (!result.valid) throw invalidGeometry(result.issues, locale)
  return result.value.areaHa
}

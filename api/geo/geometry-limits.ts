/**
 * Limits of a site geometry. These are product rules, not science: they keep
 * a drawing meaningful and the checks fast.
 */

/** 0.01 ha = 100 m²: below this a polygon is a digitising slip, not a planting site (issue 5). */
export const MIN_SITE_AREA_HA = 0.01

/** Positions per site (site + its strata). Kinks are O(n²); 10,000 keeps a check under a second. */
export const MAX_SITE_VERTICES = 10_000

/** Strata per site: far more than any planting plan needs, small enough to validate pairwise. */
export const MAX_STRATA_PER_SITE = 200

/** Area shares are compared with this slack (percentage points) to absorb rounding of drawn strata. */
export const STRATA_SHARE_TOLERANCE_PERCENT = 0.01

export type GeometryLimits = {
  minAreaHa: number
  maxAreaHa: number
  maxVertices: number
}

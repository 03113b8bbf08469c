/**
 * Limits of a site geometry. These are product rules, not science: they keep
 * a drawing meaningful and the checks fast.
 */

/** 0.01 ha = 100 m²: below this a polygon is a digitising slip, not a planting site (issue 5). */
export const MIN_SITE_AREA_HA = 0.01

/**
 * Positions per site (site + its strata). The checks run on the event loop
 * for every drawn site, and their worst cases are quadratic: a star-shaped
 * ring (every edge's box overlaps every other) and a stratum tested against
 * its site. Measured by test/bench/site-validation.bench.ts on the 2-core CI
 * machine (shared by other jobs, so medians): the worst shape takes ~25 ms
 * at 1,500 positions, 50–150 ms at 2,000 and 0.8–1.4 s at 10,000 (goal
 * 100 ms, issue 9). Far more than a drawn or surveyed site needs; a GIS
 * export above it is simplified first, as the message says.
 */
export const MAX_SITE_VERTICES = 1_500

/** Strata per site: far more than any planting plan needs, small enough to validate pairwise. */
export const MAX_STRATA_PER_SITE = 200

/** Area shares are compared with this slack (percentage points) to absorb rounding of drawn strata. */
export const STRATA_SHARE_TOLERANCE_PERCENT = 0.01

export type GeometryLimits = {
  minAreaHa: number
  maxAreaHa: number
  maxVertices: number
}

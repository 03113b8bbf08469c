import type { MultiPolygon, Polygon } from 'geojson'
import type { AuthUser } from '../auth/auth-user.ts'
import type { Locale } from '../errors/catalog.ts'
import { geodesicAreaHa } from '../geo/geodesic-area.ts'

/**
 * Largest share of a site's area that may overlap sites of projects already
 * claiming that land before its project can no longer be submitted.
 * Platform policy (assumption, not from a standard): 1 % absorbs boundary
 * digitising differences between two surveys of the same shore; anything more
 * is land counted twice.
 */
export const DEFAULT_MAX_OVERLAP_SHARE = 0.01

/**
 * Statuses in which a project claims its land. A draft claims nothing yet and
 * a rejected project no longer does: the first project submitted wins, and the
 * later one is refused, so no land is ever under review twice. Drafts are still
 * reported (their land matters to the owner), without their names.
 */
const CLAIMING_STATUSES = new Set(['submitted', 'under_review', 'changes_requested', 'approved', 'registered'])

/** Whether a project in this status claims its land (its sites block others' submissions). */
export function claimsLand(status: string): boolean {
  return CLAIMING_STATUSES.has(status)
}

export type OverlapFacts = {
  siteId: string
  siteName: string
  projectId: string
  projectName: string
  organisationId: string
  projectStatus: string
  /** Shared land, polygons only; its area is computed with the product's sphere convention. */
  intersection: Polygon | MultiPolygon | null
}

export type Overlap = {
  siteId: string | null
  siteName: string | null
  projectId: string | null
  projectName: string
  /** True when the other project is another organisation's draft: shown without names or ids. */
  private: boolean
  projectStatus: string | null
  overlapHa: number
  /** overlapHa / area of our site (ratio, 0–1). */
  shareOfSite: number
  /** Whether this overlap counts against the submission threshold. */
  blocksSubmission: boolean
}

export type Viewer = { organisationId: string; isAdmin: boolean; locale: Locale }

/** Whose eyes the overlaps are described for: own and admin views show every project name. */
export function overlapViewer(user: AuthUser, locale: Locale): Viewer {
  return { organisationId: user.organisationId, isAdmin: user.roles.includes('admin'), locale }
}

const PRIVATE_NAME = { en: 'another project (private)', zh: '另一项目（未公开）' } as const

/**
 * Turns raw intersections into what the caller may see: areas on the sphere
 * (@turf/area, the product's convention), the share of our site, whether the
 * overlap blocks submission, and no names of other organisations' drafts.
 * Overlaps that share only an edge (zero area) are dropped.
 *
 * @param siteAreaHa area of the site being checked (ha)
 */
export function describeOverlaps(rows: OverlapFacts[], siteAreaHa: number, viewer: Viewer): Overlap[] {
  const out: Overlap[] = []
  for (const r of rows) {
    const overlapHa = r.intersection ? geodesicAreaHa(r.intersection) : 0
    if (!(overlapHa > 0)) continue
    const hidden = !viewer.isAdmin && r.organisationId !== viewer.organisationId && r.projectStatus === 'draft'
    out.push({
      siteId: hidden ? null : r.siteId,
      siteName: hidden ? null : r.siteName,
      projectId: hidden ? null : r.projectId,
      projectName: hidden ? PRIVATE_NAME[viewer.locale] : r.projectName,
      private: hidden,
      projectStatus: hidden ? null : r.projectStatus,
      overlapHa,
      shareOfSite: siteAreaHa > 0 ? overlapHa / siteAreaHa : 0,
      blocksSubmission: CLAIMING_STATUSES.has(r.projectStatus),
    })
  }
  return out.sort((a, b) => b.overlapHa - a.overlapHa)
}

/**
 * The share of the site overlapped by claiming projects. Summed over pairs, so
 * where two claimed sites overlap each other it errs on the side of refusing.
 */
export function blockingShare(overlaps: Overlap[]): number {
  return overlaps.filter((o) => o.blocksSubmission).reduce((sum, o) => sum + o.shareOfSite, 0)
}

export function exceedsOverlapLimit(overlaps: Overlap[], maxShare: number): boolean {
  return blockingShare(overlaps) > maxShare
}

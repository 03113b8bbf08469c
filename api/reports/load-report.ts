import type { AuthUser } from '../auth/auth-user.ts'
import { assertCanReadProject } from '../projects/project-access.ts'
import type { Sql } from '../db/client.ts'
import { listSiteEstimates } from '../db/queries/estimates.ts'
import { listSiteValuations } from '../db/queries/valuations.ts'
import type { Locale } from '../errors/catalog.ts'
import { ApiError } from '../errors/api-error.ts'
import { SITE_NOT_FOUND } from '../sites/site-access.ts'
import { readBasemap } from './basemap.ts'
import { bboxOf, frameBbox, frameForBbox } from './map-frame.ts'
import { renderReportPage } from './report-page.ts'
import { findReportSite, listNeighbourSites } from './report-queries.ts'

/** Size of the map snapshot in CSS pixels: the full text width of an A4 page. */
const MAP = { widthPx: 680, heightPx: 420, paddingRatio: 0.6, minSpanM: 2500 } as const
const MAX_NEIGHBOURS = 200

/**
 * Loads what the report of one site shows — the site, visible neighbours inside
 * the map window, the latest saved estimate and valuation, the offline basemap —
 * and renders it. Readers: the owner organisation, admins, and reviewers/banks
 * once the project left draft; anyone else gets 404.
 */
export async function buildSiteReport(sql: Sql, user: AuthUser, siteId: string, options: { locale: Locale; reportDate: Date }): Promise<{ html: string; siteName: string }> {
  const site = await findReportSite(sql, siteId)
  if (!site) throw new ApiError('not_found', { params: SITE_NOT_FOUND })
  assertCanReadProject(user, { organisationId: site.organisationId, status: site.projectStatus }, SITE_NOT_FOUND)

  const frame = frameForBbox(bboxOf(site.geometry.coordinates), MAP)
  const [neighbours, [estimate], [valuation], basemap] = await Promise.all([
    listNeighbourSites(sql, {
      siteId,
      bbox: frameBbox(frame),
      viewerOrganisationId: user.organisationId,
      viewerIsAdmin: user.roles.includes('admin'),
      limit: MAX_NEIGHBOURS,
    }),
    listSiteEstimates(sql, siteId, 1),
    listSiteValuations(sql, siteId, 1),
    readBasemap(),
  ])
  const html = renderReportPage({ locale: options.locale, reportDate: options.reportDate, site, neighbours, frame, basemap, estimate, valuation })
  return { html, siteName: site.name }
}

import type { Sql } from '../../db/client.ts'
import { findOverlapsOfSites } from '../../db/queries/overlaps.ts'
import { blockingShare, describeOverlaps, type Overlap, type Viewer } from '../../geo/overlap-policy.ts'

export type OverlapReport = {
  overlaps: Overlap[]
  overlapCheck: { blockingShare: number; maxShare: number; exceedsLimit: boolean }
}

/**
 * Overlaps of each given site with sites of other projects, as the viewer may
 * see them, with the share that counts against submission.
 *
 * @param sites ids with their geodesic areas (ha)
 * @param maxShare the submission threshold (ratio)
 */
export async function overlapReports(sql: Sql, sites: { id: string; areaHa: number }[], viewer: Viewer, maxShare: number): Promise<Map<string, OverlapReport>> {
  const rows = await findOverlapsOfSites(sql, sites.map((s) => s.id))
  const reports = new Map<string, OverlapReport>()
  for (const site of sites) {
    const overlaps = describeOverlaps(rows.filter((r) => r.subjectSiteId === site.id), site.areaHa, viewer)
    const share = blockingShare(overlaps)
    reports.set(site.id, { overlaps, overlapCheck: { blockingShare: share, maxShare, exceedsLimit: share > maxShare } })
  }
  return reports
}

import type { Sql } from '../db/client.ts'
import type { SiteRow } from '../db/queries/sites.ts'
import { ApiError, type FieldError } from '../errors/api-error.ts'
import type { Locale } from '../errors/catalog.ts'
import { findOverlapsOfSites } from '../db/queries/overlaps.ts'
import { blockingShare, describeOverlaps, type Overlap, type Viewer } from './overlap-policy.ts'

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

const pct = (ratio: number) => (ratio * 100).toFixed(1)
const ha = (v: number) => (v < 1 ? v.toFixed(4) : v.toFixed(2))

function describe(o: Overlap, locale: Locale): string {
  const site = o.siteName ? (locale === 'zh' ? `，地块“${o.siteName}”` : `, site “${o.siteName}”`) : ''
  return locale === 'zh' ? `“${o.projectName}”（${ha(o.overlapHa)} 公顷${site}）` : `“${o.projectName}” (${ha(o.overlapHa)} ha${site})`
}

/**
 * The 409 that tells the owner why the project cannot be submitted: each site
 * over the threshold, by how much, and which projects' land it overlaps.
 * Undefined when no site is over it.
 */
export function overlapRefusal(sites: SiteRow[], reports: Map<string, OverlapReport>, maxShare: number, locale: Locale): ApiError | undefined {
  const errors: FieldError[] = []
  const names: string[] = []
  sites.forEach((site, i) => {
    const report = reports.get(site.id)
    if (!report?.overlapCheck.exceedsLimit) return
    const blocking = report.overlaps.filter((o) => o.blocksSubmission)
    const list = blocking.map((o) => describe(o, locale)).join(locale === 'zh' ? '、' : ', ')
    const share = pct(report.overlapCheck.blockingShare)
    names.push(`“${site.name}”`)
    errors.push({
      path: `sites[${i}]`,
      code: 'overlap_limit_exceeded',
      message:
        locale === 'zh'
          ? `地块“${site.name}”（${site.id}）有 ${share}% 的面积与其他项目已申报的土地重叠（上限 ${pct(maxShare)}%）：${list}。`
          : `Site “${site.name}” (${site.id}) overlaps land claimed by other projects on ${share} % of its area (limit ${pct(maxShare)} %): ${list}.`,
    })
  })
  if (!errors.length) return undefined
  return new ApiError('overlap_limit_exceeded', {
    params: { count: errors.length, limitPercent: pct(maxShare), sitesEn: names.join(', '), sitesZh: names.join('、') },
    errors,
  })
}

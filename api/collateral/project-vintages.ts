import { areaBasedResultSchema } from '../../methodologies/types.ts'
import type { Sql } from '../db/client.ts'
import { listSiteEstimates } from '../db/queries/estimates.ts'
import { listProjectSites } from '../db/queries/sites.ts'

export type ProjectVintages = {
  /** Net credits expected per vintage year, summed over the project's sites. */
  byYear: Map<number, number>
  /** The saved estimates used (the latest area-based one of each site). */
  estimateIds: string[]
  /** Sites without a usable saved estimate: their credits are missing from byYear. */
  sitesWithoutEstimate: string[]
}

/**
 * A project's future credit rights (issue 13 item 1): the ex-ante net credits
 * per year of the latest saved area-based estimate of each of its sites. Net
 * credits are what will be issued (buffer, leakage and uncertainty deducted).
 */
export async function projectVintages(sql: Sql, projectId: string): Promise<ProjectVintages> {
  const sites = await listProjectSites(sql, projectId)
  const byYear = new Map<number, number>()
  const estimateIds: string[] = []
  const sitesWithoutEstimate: string[] = []
  for (const site of sites) {
    const [latest] = await listSiteEstimates(sql, site.id, 1)
    const parsed = latest ? areaBasedResultSchema.safeParse(latest.outputs) : undefined
    if (!latest || !parsed?.success) {
      sitesWithoutEstimate.push(site.id)
      continue
    }
    estimateIds.push(latest.id)
    for (const row of parsed.data.years) byYear.set(row.year, (byYear.get(row.year) ?? 0) + Math.max(0, row.netCreditsTco2e))
  }
  return { byYear, estimateIds, sitesWithoutEstimate }
}

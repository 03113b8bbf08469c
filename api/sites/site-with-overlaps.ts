import type { z } from '@hono/zod-openapi'
import type { Sql } from '../db/client.ts'
import { listStrata } from '../db/queries/site-strata.ts'
import { findSite } from '../db/queries/sites.ts'
import type { Viewer } from '../overlaps/overlap-policy.ts'
import type { siteWithOverlapsSchema } from '../routes/sites/schema.ts'
import { overlapReports } from '../overlaps/overlap-check.ts'
import { toSiteResponse } from './site-response.ts'

/** A stored site as create/update answer it: the site, its strata and its overlaps. */
export async function siteWithOverlaps(sql: Sql, siteId: string, viewer: Viewer, maxShare: number): Promise<z.infer<typeof siteWithOverlapsSchema>> {
  const row = (await findSite(sql, siteId))!
  const strata = await listStrata(sql, [siteId])
  const areaHa = Number(row.areaHa)
  const report = (await overlapReports(sql, [{ id: siteId, areaHa }], viewer, maxShare)).get(siteId)!
  return { ...toSiteResponse(row, strata), ...report }
}

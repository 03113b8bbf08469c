import { createRoute } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import type { Sql } from '../../db/client.ts'
import { appendAuditEvent } from '../../db/queries/audit-events.ts'
import { touchProject } from '../../db/queries/projects.ts'
import { listStrata, replaceStrata } from '../../db/queries/site-strata.ts'
import { updateSite } from '../../db/queries/sites.ts'
import { claimsLand, overlapViewer } from '../../overlaps/overlap-policy.ts'
import { lockClaimedLand } from '../../overlaps/land-lock.ts'
import { authProblems, commonProblems, conflictProblem, notFoundProblem } from '../../http/problem-responses.ts'
import { lockSiteForWrite, writableSite } from '../../sites/site-access.ts'
import { invalidGeometry } from '../../geo/geometry-problem.ts'
import { checkSite, postgisIssues, type PreparedSite, type SiteStratumInput } from '../../sites/prepare-site.ts'
import { patchSiteBody, siteIdParam, siteWithOverlapsSchema } from './schema.ts'
import { siteWithOverlaps } from '../../sites/site-with-overlaps.ts'

const route = createRoute({
  method: 'patch',
  path: '/{siteId}',
  tags: ['Sites'],
  summary: 'Change a site\'s name, geometry or strata (owner or admin; while its project is editable); answers its overlaps',
  request: { params: siteIdParam, body: { required: true, content: { 'application/json': { schema: patchSiteBody } } } },
  responses: {
    200: { description: 'The updated site with its overlaps', content: { 'application/json': { schema: siteWithOverlapsSchema } } },
    ...authProblems,
    ...notFoundProblem,
    ...conflictProblem,
    ...commonProblems,
  },
})

/** The stored strata as input again, so a new geometry re-checks them. */
async function currentStrata(sql: Sql, siteId: string): Promise<SiteStratumInput[]> {
  const rows = await listStrata(sql, [siteId])
  return rows.map((r) => ({
    ...(r.name !== null ? { name: r.name } : {}),
    species: r.species,
    ...(r.plantingYear !== null ? { plantingYear: r.plantingYear } : {}),
    ...(r.plantingDensityTreesPerHa !== null ? { plantingDensityTreesPerHa: Number(r.plantingDensityTreesPerHa) } : {}),
    ...(r.survivalPercent !== null ? { survivalPercent: Number(r.survivalPercent) } : {}),
    ...(r.geometry ? { geometry: r.geometry } : { areaPercent: Number(r.areaPercent) }),
  }))
}

export function registerUpdateSite(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { siteId } = c.req.valid('param')
    const patch = c.req.valid('json')
    const { sql, now, config } = c.var.services
    const locale = c.get('locale')
    const at = now()
    const changesShape = patch.geometry !== undefined || patch.strata !== undefined
    // Checks outside the transaction (see sites-create.ts); redone inside only if the site changed meanwhile.
    const before = await writableSite(sql, user, siteId)
    const check = async (db: Sql, current: { geometry: unknown }): Promise<PreparedSite> => {
      const checked = checkSite({ geometry: patch.geometry ?? current.geometry, strata: patch.strata ?? (await currentStrata(db, siteId)) }, config)
      if (!checked.ok) throw invalidGeometry(checked.issues, locale)
      return checked.site
    }
    const early = changesShape ? await check(sql, before) : undefined
    const result = await sql.begin(async (tx) => {
      const site = await lockSiteForWrite(tx, user, siteId)
      if (changesShape) {
        const prepared = site.updatedAt.getTime() === before.updatedAt.getTime() ? early! : await check(tx, site)
        const [postgis] = await postgisIssues(tx, [prepared])
        if (postgis!.length) throw invalidGeometry(postgis!, locale)
        // Moving claimed land: the old and the new shape, so a submission
        // checking either area waits for this change.
        if (claimsLand(site.projectStatus)) await lockClaimedLand(tx, { siteIds: [siteId], geometries: [prepared.geometry] })
        await updateSite(tx, siteId, { name: patch.name, nameEn: patch.nameEn, geometry: prepared.geometry, areaHa: prepared.areaHa.toFixed(4) }, at)
        await replaceStrata(tx, siteId, prepared.strata)
      } else {
        await updateSite(tx, siteId, { name: patch.name, nameEn: patch.nameEn }, at)
      }
      await touchProject(tx, site.projectId, at)
      await appendAuditEvent(tx, { actorUserId: user.id, action: 'site.update', subjectType: 'site', subjectId: siteId, payload: { projectId: site.projectId, fields: Object.keys(patch).sort() } }, at)
      const viewer = overlapViewer(user, locale)
      return siteWithOverlaps(tx, siteId, viewer, config.maxOverlapShare)
    })
    return c.json(result, 200)
  })
}

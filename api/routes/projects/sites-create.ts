import { createRoute } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { appendAuditEvent } from '../../db/queries/audit-events.ts'
import { touchProject } from '../../db/queries/projects.ts'
import { replaceStrata } from '../../db/queries/site-strata.ts'
import { insertSite } from '../../db/queries/sites.ts'
import { claimsLand, overlapViewer } from '../../overlaps/overlap-policy.ts'
import { lockClaimedLand } from '../../overlaps/land-lock.ts'
import { authProblems, commonProblems, conflictProblem, notFoundProblem } from '../../http/problem-responses.ts'
import { invalidGeometry } from '../../geo/geometry-problem.ts'
import { checkSite, postgisIssues } from '../../sites/prepare-site.ts'
import { createSiteBody, siteWithOverlapsSchema } from '../sites/schema.ts'
import { siteWithOverlaps } from '../../sites/site-with-overlaps.ts'
import { assertWritableProject, lockEditableProject } from '../../projects/project-access.ts'
import { projectIdParam } from './schema.ts'

const route = createRoute({
  method: 'post',
  path: '/{projectId}/sites',
  tags: ['Sites'],
  summary: 'Add a site (Polygon or MultiPolygon) with optional strata; answers its area and its overlaps with other projects',
  description:
    'The geometry is checked on the server (closed rings, ranges, self-intersection with the kink point, holes, area 0.01 ha…maxSiteAreaHa, vertex limit, strata inside the site); a failure is a 400 `invalid_geometry` whose `errors` give paths such as `geometry.coordinates[0][3]`. Overlaps do not prevent saving; they are reported, and above the threshold they prevent submission.',
  request: { params: projectIdParam, body: { required: true, content: { 'application/json': { schema: createSiteBody } } } },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: siteWithOverlapsSchema } } },
    ...authProblems,
    ...notFoundProblem,
    ...conflictProblem,
    ...commonProblems,
  },
})

export function registerCreateSite(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { projectId } = c.req.valid('param')
    const body = c.req.valid('json')
    const { sql, now, config } = c.var.services
    const locale = c.get('locale')
    const at = now()
    // Who may write first; then the geometry checks, outside the transaction
    // (up to 10,000 vertices of kinks must not hold the database).
    await assertWritableProject(sql, user, projectId)
    const checked = checkSite({ geometry: body.geometry, strata: body.strata ?? [] }, config)
    if (!checked.ok) throw invalidGeometry(checked.issues, locale)
    const { site } = checked
    const result = await sql.begin(async (tx) => {
      const project = await lockEditableProject(tx, user, projectId)
      if (claimsLand(project.status)) await lockClaimedLand(tx, { geometries: [site.geometry] })
      const [postgis] = await postgisIssues(tx, [site])
      if (postgis!.length) throw invalidGeometry(postgis!, locale)
      const siteId = await insertSite(tx, { projectId, name: body.name, nameEn: body.nameEn ?? null, geometry: site.geometry, areaHa: site.areaHa.toFixed(4) }, at)
      await replaceStrata(tx, siteId, site.strata)
      await touchProject(tx, projectId, at)
      await appendAuditEvent(tx, { actorUserId: user.id, action: 'site.create', subjectType: 'site', subjectId: siteId, payload: { projectId, name: body.name, areaHa: site.areaHa.toFixed(4), strata: site.strata.length } }, at)
      const viewer = overlapViewer(user, locale)
      return siteWithOverlaps(tx, siteId, viewer, config.maxOverlapShare)
    })
    return c.json(result, 201)
  })
}

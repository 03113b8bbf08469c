import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { overlapViewer } from '../../overlaps/overlap-policy.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { readableSite } from '../../sites/site-access.ts'
import { overlapCheckSchema, overlapSchema, siteIdParam } from './schema.ts'
import { overlapReports } from '../../overlaps/overlap-check.ts'

const route = createRoute({
  method: 'get',
  path: '/{siteId}/overlaps',
  tags: ['Sites'],
  summary: 'Sites of other projects that overlap this site (double counting check)',
  description:
    'Every site of another project whose interior intersects this one, with the shared area (ha, geodesic) and its share of this site. Other organisations\' drafts count as land but are shown as "another project (private)", without ids. Only projects that claim their land (submitted, under review, changes requested, registered) count against the submission threshold.',
  request: { params: siteIdParam },
  responses: {
    200: {
      description: 'The overlaps, largest first',
      content: { 'application/json': { schema: z.object({ siteId: z.string().uuid(), areaHa: z.number(), overlaps: z.array(overlapSchema), overlapCheck: overlapCheckSchema }).openapi('SiteOverlaps') } },
    },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerSiteOverlaps(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { sql, config } = c.var.services
    const site = await readableSite(sql, user, c.req.valid('param').siteId)
    const areaHa = Number(site.areaHa)
    const viewer = overlapViewer(user, c.get('locale'))
    const report = (await overlapReports(sql, [{ id: site.id, areaHa }], viewer, config.maxOverlapShare)).get(site.id)!
    return c.json({ siteId: site.id, areaHa, ...report }, 200)
  })
}

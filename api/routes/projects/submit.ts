import { createRoute } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { appendAuditEvent } from '../../db/queries/audit-events.ts'
import { findProject, setProjectStatus } from '../../db/queries/projects.ts'
import { listProjectSites } from '../../db/queries/sites.ts'
import { ApiError } from '../../errors/api-error.ts'
import { overlapViewer } from '../../overlaps/overlap-policy.ts'
import { lockClaimedLand } from '../../overlaps/land-lock.ts'
import { authProblems, commonProblems, conflictProblem, notFoundProblem } from '../../http/problem-responses.ts'
import { overlapRefusal, overlapReports } from '../../overlaps/overlap-check.ts'
import { lockEditableProject } from '../../projects/project-access.ts'
import { projectIdParam, projectSchema, toProjectResponse } from './schema.ts'

const route = createRoute({
  method: 'post',
  path: '/{projectId}/submit',
  tags: ['Projects'],
  summary: 'Submit a project for review (owner or admin)',
  description:
    '409 `project_has_no_sites` when it has no site; 409 `overlap_limit_exceeded` when a site overlaps land claimed by other projects (submitted, under review, changes requested, registered) by more than the threshold — `errors` names each site and what it overlaps.',
  request: { params: projectIdParam },
  responses: {
    200: { description: 'The project, now submitted', content: { 'application/json': { schema: projectSchema } } },
    ...authProblems,
    ...notFoundProblem,
    ...conflictProblem,
    ...commonProblems,
  },
})

export function registerSubmitProject(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { projectId } = c.req.valid('param')
    const { sql, now, config } = c.var.services
    const locale = c.get('locale')
    const at = now()
    const maxShare = config.maxOverlapShare
    await sql.begin(async (tx) => {
      await lockEditableProject(tx, user, projectId)
      const sites = await listProjectSites(tx, projectId)
      if (!sites.length) throw new ApiError('project_has_no_sites')
      // Without this, two projects on the same land submitted at the same
      // moment each see the other still a draft and both are accepted.
      await lockClaimedLand(tx, { siteIds: sites.map((s) => s.id) })
      const viewer = overlapViewer(user, locale)
      const reports = await overlapReports(tx, sites.map((s) => ({ id: s.id, areaHa: Number(s.areaHa) })), viewer, maxShare)
      const refusal = overlapRefusal(sites, reports, maxShare, locale)
      if (refusal) throw refusal
      await setProjectStatus(tx, projectId, 'submitted', at)
      await appendAuditEvent(tx, { actorUserId: user.id, action: 'project.submit', subjectType: 'project', subjectId: projectId, payload: { sites: sites.length } }, at)
    })
    return c.json(toProjectResponse((await findProject(sql, projectId))!), 200)
  })
}

import { createRoute } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { appendAuditEvent } from '../../db/queries/audit-events.ts'
import { touchProject } from '../../db/queries/projects.ts'
import { deleteSite } from '../../db/queries/sites.ts'
import { ApiError } from '../../errors/api-error.ts'
import { SITE_NOT_FOUND, lockSiteForWrite } from '../../sites/site-access.ts'
import { deleteResponses } from '../../http/delete-responses.ts'
import { siteIdParam } from './schema.ts'

const route = createRoute({
  method: 'delete',
  path: '/{siteId}',
  tags: ['Sites'],
  summary: 'Delete a site with its strata and saved estimates (owner or admin; while its project is editable)',
  request: { params: siteIdParam },
  responses: deleteResponses,
})

export function registerDeleteSite(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { siteId } = c.req.valid('param')
    const { sql, now } = c.var.services
    const at = now()
    await sql.begin(async (tx) => {
      const site = await lockSiteForWrite(tx, user, siteId)
      // The site was read before its project's lock was granted: a concurrent
      // delete that held the lock may have removed it meanwhile. Only the
      // statement that removes the row answers 204 and writes the audit event.
      if (!(await deleteSite(tx, siteId))) throw new ApiError('not_found', { params: SITE_NOT_FOUND })
      await touchProject(tx, site.projectId, at)
      await appendAuditEvent(tx, { actorUserId: user.id, action: 'site.delete', subjectType: 'site', subjectId: siteId, payload: { projectId: site.projectId, name: site.name } }, at)
    })
    return c.body(null, 204)
  })
}

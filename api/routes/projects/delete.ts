import { createRoute } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { appendAuditEvent } from '../../db/queries/audit-events.ts'
import { deleteProject } from '../../db/queries/projects.ts'
import { ApiError } from '../../errors/api-error.ts'
import { deleteResponses } from '../../http/delete-responses.ts'
import { lockEditableProject } from '../../projects/project-access.ts'
import { projectIdParam } from './schema.ts'

const route = createRoute({
  method: 'delete',
  path: '/{projectId}',
  tags: ['Projects'],
  summary: 'Delete a project with its sites, strata and saved estimates (owner or admin; while draft or changes requested)',
  request: { params: projectIdParam },
  responses: deleteResponses,
})

export function registerDeleteProject(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { projectId } = c.req.valid('param')
    const { sql, now } = c.var.services
    const at = now()
    await sql.begin(async (tx) => {
      await lockEditableProject(tx, user, projectId)
      // The row lock above already makes a second delete wait and then find
      // nothing (404); RETURNING keeps the 204 tied to the row actually removed.
      const deleted = await deleteProject(tx, projectId)
      if (!deleted) throw new ApiError('not_found', { params: { resource: 'project', resourceZh: '项目' } })
      const { sites } = deleted
      await appendAuditEvent(tx, { actorUserId: user.id, action: 'project.delete', subjectType: 'project', subjectId: projectId, payload: { sites } }, at)
    })
    return c.body(null, 204)
  })
}

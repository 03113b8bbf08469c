import { createRoute } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { appendAuditEvent } from '../../db/queries/audit-events.ts'
import { findProject, updateProject } from '../../db/queries/projects.ts'
import { authProblems, commonProblems, conflictProblem, notFoundProblem } from '../../http/problem-responses.ts'
import { lockEditableProject } from '../../projects/project-access.ts'
import { assertCreditingMethodology } from '../../projects/methodology-check.ts'
import { patchProjectBody, projectIdParam, projectSchema, toProjectResponse } from './schema.ts'

const route = createRoute({
  method: 'patch',
  path: '/{projectId}',
  tags: ['Projects'],
  summary: 'Change a project\'s details (owner of its organisation or admin; while draft or changes requested)',
  request: { params: projectIdParam, body: { required: true, content: { 'application/json': { schema: patchProjectBody } } } },
  responses: {
    200: { description: 'The updated project', content: { 'application/json': { schema: projectSchema } } },
    ...authProblems,
    ...notFoundProblem,
    ...conflictProblem,
    ...commonProblems,
  },
})

export function registerUpdateProject(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { projectId } = c.req.valid('param')
    const patch = c.req.valid('json')
    const { sql, now } = c.var.services
    const at = now()
    await sql.begin(async (tx) => {
      await lockEditableProject(tx, user, projectId)
      assertCreditingMethodology(patch.methodologyId, c.get('locale'))
      await updateProject(tx, projectId, patch, at)
      await appendAuditEvent(tx, { actorUserId: user.id, action: 'project.update', subjectType: 'project', subjectId: projectId, payload: { fields: Object.keys(patch).sort() } }, at)
    })
    return c.json(toProjectResponse((await findProject(sql, projectId))!), 200)
  })
}

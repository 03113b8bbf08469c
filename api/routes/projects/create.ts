import { createRoute } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireRole } from '../../auth/authorize.ts'
import { appendAuditEvent } from '../../db/queries/audit-events.ts'
import { findProject, insertProject } from '../../db/queries/projects.ts'
import { ApiError } from '../../errors/api-error.ts'
import { authProblems, commonProblems } from '../../http/problem-responses.ts'
import { assertCreditingMethodology } from '../../projects/methodology-check.ts'
import { createProjectBody, projectSchema, toProjectResponse } from './schema.ts'

const route = createRoute({
  method: 'post',
  path: '/',
  tags: ['Projects'],
  summary: 'Create a draft project for the caller\'s organisation (owner) or any organisation (admin)',
  request: { body: { required: true, content: { 'application/json': { schema: createProjectBody } } } },
  responses: {
    201: { description: 'Created (status draft)', content: { 'application/json': { schema: projectSchema } } },
    ...authProblems,
    ...commonProblems,
  },
})

export function registerCreateProject(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireRole(c, 'owner', 'admin')
    const body = c.req.valid('json')
    const isAdmin = user.roles.includes('admin')
    if (body.organisationId && body.organisationId !== user.organisationId && !isAdmin) {
      throw new ApiError('forbidden', { params: { roles: 'admin' } })
    }
    assertCreditingMethodology(body.methodologyId, c.get('locale'))
    const { sql, now } = c.var.services
    const at = now()
    const organisationId = body.organisationId ?? user.organisationId
    const id = await sql.begin(async (tx) => {
      const [org] = await tx`SELECT 1 FROM organisations WHERE id = ${organisationId}`
      if (!org) throw new ApiError('validation_failed', { params: { count: 1 }, errors: [{ path: 'organisationId', code: 'not_found', message: c.get('locale') === 'zh' ? '机构不存在' : 'No such organisation' }] })
      const projectId = await insertProject(
        tx,
        { organisationId, name: body.name, nameEn: body.nameEn ?? null, description: body.description ?? '', sinkType: body.sinkType, methodologyId: body.methodologyId ?? null },
        at,
      )
      await appendAuditEvent(tx, { actorUserId: user.id, action: 'project.create', subjectType: 'project', subjectId: projectId, payload: { name: body.name, organisationId } }, at)
      return projectId
    })
    const row = await findProject(sql, id)
    return c.json(toProjectResponse(row!), 201)
  })
}

import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import type { AuthUser } from '../../auth/auth-user.ts'
import { requireUser } from '../../auth/authorize.ts'
import { listProjects, type ProjectScope } from '../../db/queries/projects.ts'
import { authProblems, commonProblems } from '../../http/problem-responses.ts'
import { PROJECT_STATUSES } from '../../projects/project-status.ts'
import { projectSchema, toProjectResponse } from './schema.ts'

const query = z.object({
  status: z.enum(PROJECT_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
})

const route = createRoute({
  method: 'get',
  path: '/',
  tags: ['Projects'],
  summary: 'Projects the caller may see',
  description: 'Own organisation\'s projects in any status; reviewers and banks also see every non-draft project; admins see all. Newest first.',
  request: { query },
  responses: {
    200: {
      description: 'A page of projects',
      content: { 'application/json': { schema: z.object({ items: z.array(projectSchema), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }) } },
    },
    ...authProblems,
    ...commonProblems,
  },
})

/** Mirrors assertCanReadProject as a SQL filter. */
function scopeOf(user: AuthUser): ProjectScope {
  if (user.roles.includes('admin')) return { kind: 'all' }
  if (user.roles.some((r) => r === 'reviewer' || r === 'bank')) return { kind: 'own-and-submitted', organisationId: user.organisationId }
  return { kind: 'own', organisationId: user.organisationId }
}

export function registerListProjects(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { status, limit, offset } = c.req.valid('query')
    const { rows, total } = await listProjects(c.var.services.sql, { scope: scopeOf(user), status, limit, offset })
    return c.json({ items: rows.map(toProjectResponse), total, limit, offset }, 200)
  })
}

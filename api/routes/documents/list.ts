import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { listDocuments } from '../../db/queries/documents.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { readableProject } from '../../projects/project-access.ts'
import { projectIdParam } from '../projects/schema.ts'
import { documentSchema, toDocumentResponse } from './schema.ts'

const route = createRoute({
  method: 'get',
  path: '/{projectId}/documents',
  tags: ['Documents'],
  summary: 'The evidence documents of a project, oldest first (whoever may read the project)',
  request: { params: projectIdParam },
  responses: {
    200: { description: 'Documents', content: { 'application/json': { schema: z.object({ documents: z.array(documentSchema) }).openapi('DocumentList') } } },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerListDocuments(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { projectId } = c.req.valid('param')
    const { sql } = c.var.services
    await readableProject(sql, user, projectId)
    const rows = await listDocuments(sql, projectId)
    return c.json({ documents: rows.map(toDocumentResponse) }, 200)
  })
}

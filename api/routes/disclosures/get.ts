import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { findDisclosure, listComments } from '../../db/queries/disclosures.ts'
import { ApiError } from '../../errors/api-error.ts'
import { commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { disclosureCommentSchema, disclosureIdParam, disclosureSchema, toCommentResponse, toDisclosureResponse } from './schema.ts'

const route = createRoute({
  method: 'get',
  path: '/{disclosureId}',
  tags: ['Disclosures'],
  operationId: 'getPublicDisclosure',
  summary: 'One public disclosure with its comments and objections; no sign-in needed',
  request: { params: disclosureIdParam },
  responses: {
    200: {
      description: 'The disclosure',
      content: { 'application/json': { schema: disclosureSchema.extend({ comments: z.array(disclosureCommentSchema) }).openapi('DisclosureDetail') } },
    },
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerGetDisclosure(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const { disclosureId } = c.req.valid('param')
    const { sql, now } = c.var.services
    const row = await findDisclosure(sql, disclosureId)
    if (!row) throw new ApiError('not_found', { params: { resource: 'disclosure', resourceZh: '公示' } })
    const comments = await listComments(sql, disclosureId)
    return c.json({ ...(await toDisclosureResponse(sql, row, now())), comments: comments.map(toCommentResponse) }, 200)
  })
}

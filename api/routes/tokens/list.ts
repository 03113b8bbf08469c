import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { listApiTokens } from '../../db/queries/api-tokens.ts'
import { authProblems, commonProblems } from '../../http/problem-responses.ts'
import { apiTokenSchema, toApiToken } from './schema.ts'

const route = createRoute({
  method: 'get',
  path: '/',
  tags: ['Auth'],
  summary: "The caller's own API tokens, newest first (never the secret), with expiry, last use and revocation",
  responses: {
    200: { description: 'Tokens', content: { 'application/json': { schema: z.object({ items: z.array(apiTokenSchema) }) } } },
    401: authProblems[401],
    ...commonProblems,
  },
})

export function registerListTokens(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const rows = await listApiTokens(c.var.services.sql, user.id)
    return c.json({ items: rows.map(toApiToken) }, 200)
  })
}

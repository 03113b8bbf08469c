import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { publicUserSchema, toPublicUser } from '../../auth/auth-user.ts'
import { requireUser } from '../../auth/authorize.ts'
import { authProblems, commonProblems } from '../../http/problem-responses.ts'

const route = createRoute({
  method: 'get',
  path: '/',
  tags: ['Auth'],
  summary: 'The signed-in user, their organisation and roles',
  responses: {
    200: { description: 'The caller', content: { 'application/json': { schema: z.object({ user: publicUserSchema }) } } },
    401: authProblems[401],
    ...commonProblems,
  },
})

export function registerGetMe(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, (c) => c.json({ user: toPublicUser(requireUser(c)) }, 200))
}

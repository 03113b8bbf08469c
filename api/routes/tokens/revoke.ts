import { createRoute } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { revokeApiToken } from '../../db/queries/api-tokens.ts'
import { appendAuditEvent } from '../../db/queries/audit-events.ts'
import { ApiError } from '../../errors/api-error.ts'
import { authProblems, commonProblems, crossOriginProblem, notFoundProblem } from '../../http/problem-responses.ts'
import { tokenIdParam } from './schema.ts'

const route = createRoute({
  method: 'delete',
  path: '/{tokenId}',
  tags: ['Auth'],
  summary: 'Revoke one of your API tokens; it stops working at once (404 when missing, not yours or already revoked)',
  request: { params: tokenIdParam },
  responses: {
    204: { description: 'Revoked' },
    401: authProblems[401],
    ...crossOriginProblem,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerRevokeToken(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { tokenId } = c.req.valid('param')
    const { sql, now } = c.var.services
    const at = now()
    await sql.begin(async (tx) => {
      const revoked = await revokeApiToken(tx, { id: tokenId, userId: user.id, at })
      if (!revoked) throw new ApiError('not_found', { params: { resource: 'API token', resourceZh: 'API 令牌' } })
      await appendAuditEvent(tx, { actorUserId: user.id, action: 'token.revoke', subjectType: 'api_token', subjectId: tokenId, payload: { name: revoked.name, via: user.via } }, at)
    })
    return c.body(null, 204)
  })
}

import { createRoute } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { hashSecret } from '../../auth/secret-token.ts'
import { clearSessionCookie, readSessionCookie } from '../../auth/session-cookie.ts'
import { appendAuditEvent } from '../../db/queries/audit-events.ts'
import { deleteSession } from '../../db/queries/sessions.ts'
import { commonProblems, crossOriginProblem } from '../../http/problem-responses.ts'

const route = createRoute({
  method: 'post',
  path: '/logout',
  tags: ['Auth'],
  summary: 'Sign out: deletes the server-side session and clears the cookie (idempotent)',
  responses: { 204: { description: 'Signed out' }, ...crossOriginProblem, ...commonProblems },
})

export function registerLogout(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const { sql, now } = c.var.services
    const token = readSessionCookie(c)
    if (token) {
      await sql.begin(async (tx) => {
        const deleted = await deleteSession(tx, hashSecret(token))
        const user = c.get('auth')
        if (deleted > 0 && user) {
          await appendAuditEvent(tx, { actorUserId: user.id, action: 'auth.logout', subjectType: 'user', subjectId: user.id }, now())
        }
      })
    }
    clearSessionCookie(c)
    return c.body(null, 204)
  })
}

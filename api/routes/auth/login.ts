import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { publicUserSchema, toPublicUser } from '../../auth/auth-user.ts'
import { settleSuccessfulLogin, takeLoginAttempt } from '../../auth/login-throttle.ts'
import { DUMMY_HASH_PROMISE, verifyPassword } from '../../auth/password.ts'
import { hashSecret, newSecret } from '../../auth/secret-token.ts'
import { writeSessionCookie } from '../../auth/session-cookie.ts'
import { appendAuditEvent } from '../../db/queries/audit-events.ts'
import { insertSession } from '../../db/queries/sessions.ts'
import { findUserByEmail, toAuthUser } from '../../db/queries/users.ts'
import { ApiError } from '../../errors/api-error.ts'
import { clientAddress } from '../../http/client-address.ts'
import { commonProblems, crossOriginProblem, problemResponse, rateLimitedProblem } from '../../http/problem-responses.ts'

const loginBody = z
  .object({
    email: z.string().trim().email().max(254).openapi({ example: 'owner@demo.test' }),
    password: z.string().min(1).max(1024).openapi({ example: 'demo-password' }),
  })
  .strict()
  .openapi('LoginRequest')

const route = createRoute({
  method: 'post',
  path: '/login',
  tags: ['Auth'],
  summary: 'Sign in with email and password; sets an HttpOnly session cookie',
  request: { body: { required: true, content: { 'application/json': { schema: loginBody } } } },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: z.object({ user: publicUserSchema }) } } },
    401: problemResponse('Email or password incorrect.'),
    ...crossOriginProblem,
    ...rateLimitedProblem,
    ...commonProblems,
  },
})

export function registerLogin(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const { sql, now, config } = c.var.services
    const { email, password } = c.req.valid('json')
    const address = clientAddress(c)
    // The attempt is counted before the password is checked, and refused
    // without checking it while backing off (see login-throttle.ts).
    await sql.begin(async (tx) => {
      const attempt = await takeLoginAttempt(tx, email, address, now())
      if (!attempt.allowed) {
        const retryAfter = attempt.retryAfterSeconds
        throw new ApiError('rate_limited', { params: { retryAfter }, headers: { 'Retry-After': String(retryAfter) } })
      }
    })
    const row = await findUserByEmail(sql, email)
    // Verify against a dummy hash for unknown emails so timing does not reveal accounts.
    const ok = await verifyPassword(password, row?.passwordHash ?? (await DUMMY_HASH_PROMISE))
    if (!row || !ok || row.disabledAt) throw new ApiError('invalid_credentials')
    const token = newSecret()
    const issuedAt = now()
    const expiresAt = new Date(issuedAt.getTime() + config.sessionTtlHours * 3600_000)
    await sql.begin(async (tx) => {
      await insertSession(tx, { tokenHash: hashSecret(token), userId: row.id, expiresAt, ip: address, userAgent: c.req.header('user-agent') ?? null })
      await settleSuccessfulLogin(tx, email, address)
      await appendAuditEvent(tx, { actorUserId: row.id, action: 'auth.login', subjectType: 'user', subjectId: row.id }, issuedAt)
    })
    writeSessionCookie(c, token, expiresAt)
    return c.json({ user: toPublicUser(toAuthUser(row, 'session')) }, 200)
  })
}

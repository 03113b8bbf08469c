import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { hashSecret, newSecret } from '../../auth/secret-token.ts'
import { insertApiToken } from '../../db/queries/api-tokens.ts'
import { appendAuditEvent } from '../../db/queries/audit-events.ts'
import { ApiError } from '../../errors/api-error.ts'
import { authProblems, commonProblems } from '../../http/problem-responses.ts'
import { apiTokenSchema, toApiToken, TOKEN_PREFIX } from './schema.ts'

const DAY_MS = 86_400_000

const createTokenBody = z
  .object({
    name: z.string().trim().min(1).max(100).openapi({ example: 'nightly estimate sync' }),
    expiresInDays: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .optional()
      .openapi({ description: 'Omit for the server default (TOKEN_TTL_DAYS, 90 days unless configured).' }),
  })
  .strict()
  .openapi('CreateTokenRequest')

const createdToken = apiTokenSchema
  .extend({ token: z.string().openapi({ description: 'The secret. Shown once; only its hash is stored.' }) })
  .openapi('CreatedToken')

const route = createRoute({
  method: 'post',
  path: '/',
  tags: ['Auth'],
  summary: 'Create an API token for machine clients (the secret is returned once)',
  description: 'Send it as `Authorization: Bearer <token>`. A token acts with its creator\'s roles and expires (by default after TOKEN_TTL_DAYS). Tokens cannot create tokens.',
  request: { body: { required: true, content: { 'application/json': { schema: createTokenBody } } } },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: createdToken } } },
    ...authProblems,
    ...commonProblems,
  },
})

export function registerCreateToken(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    // A leaked token must not be able to mint more tokens that outlive its revocation.
    if (user.via !== 'session') throw new ApiError('forbidden', { params: { roles: 'a signed-in session' } })
    const { name, expiresInDays } = c.req.valid('json')
    const { sql, now, config } = c.var.services
    const secret = newSecret(TOKEN_PREFIX)
    const created = now()
    const expiresAt = new Date(created.getTime() + (expiresInDays ?? config.tokenTtlDays) * DAY_MS)
    const row = await sql.begin(async (tx) => {
      const inserted = await insertApiToken(tx, {
        userId: user.id,
        name,
        tokenPrefix: secret.slice(0, TOKEN_PREFIX.length + 6),
        tokenHash: hashSecret(secret),
        createdAt: created,
        expiresAt,
      })
      await appendAuditEvent(tx, { actorUserId: user.id, action: 'token.create', subjectType: 'api_token', subjectId: inserted.id, payload: { name, expiresAt: expiresAt.toISOString() } }, created)
      return inserted
    })
    return c.json({ ...toApiToken(row), token: secret }, 201)
  })
}

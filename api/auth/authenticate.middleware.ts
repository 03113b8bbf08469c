import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { ApiError } from '../errors/api-error.ts'
import { findUserByApiTokenHash, findUserBySessionHash, toAuthUser } from '../db/queries/users.ts'
import { touchApiToken } from '../db/queries/api-tokens.ts'
import { hashSecret } from './secret-token.ts'
import { readSessionCookie } from './session-cookie.ts'

/**
 * Resolves the caller from `Authorization: Bearer <api token>` or the session
 * cookie and stores it as `c.var.auth` (null when anonymous). A bearer header
 * that is present but wrong is a 401, never a silent fall-back to anonymous.
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { sql, now } = c.var.services
  c.set('auth', null)
  const authorization = c.req.header('authorization')
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization)
    if (!match) throw new ApiError('unauthenticated')
    const hash = hashSecret(match[1]!)
    const row = await findUserByApiTokenHash(sql, hash, now())
    if (!row) throw new ApiError('unauthenticated')
    await touchApiToken(sql, hash, now())
    c.set('auth', toAuthUser(row, 'token'))
  } else {
    const token = readSessionCookie(c)
    if (token) {
      const row = await findUserBySessionHash(sql, hashSecret(token), now())
      if (row) c.set('auth', toAuthUser(row, 'session'))
    }
  }
  await next()
}

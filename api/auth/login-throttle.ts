import type { Sql } from '../db/client.ts'
import { clearLoginFailures, readThrottles, recordLoginFailure } from '../db/queries/login-throttle.ts'

/** Fixed-window limits on failed sign-ins, per account and per client address. */
export const LOGIN_THROTTLE = { windowSeconds: 15 * 60, maxPerAccount: 5, maxPerAddress: 20 } as const

const accountBucket = (email: string) => `account:${email.trim().toLowerCase()}`
const addressBucket = (address: string) => `address:${address}`

/** Seconds until the caller may try again, or 0 when not throttled. */
export async function loginRetryAfterSeconds(sql: Sql, email: string, address: string, now: Date): Promise<number> {
  const rows = await readThrottles(sql, [accountBucket(email), addressBucket(address)])
  let wait = 0
  for (const row of rows) {
    const limit = row.bucket.startsWith('account:') ? LOGIN_THROTTLE.maxPerAccount : LOGIN_THROTTLE.maxPerAddress
    const windowEnds = row.windowStartedAt.getTime() + LOGIN_THROTTLE.windowSeconds * 1000
    if (row.failures >= limit && windowEnds > now.getTime()) wait = Math.max(wait, Math.ceil((windowEnds - now.getTime()) / 1000))
  }
  return wait
}

export async function recordFailedLogin(sql: Sql, email: string, address: string, now: Date): Promise<void> {
  await recordLoginFailure(sql, accountBucket(email), now, LOGIN_THROTTLE.windowSeconds)
  await recordLoginFailure(sql, addressBucket(address), now, LOGIN_THROTTLE.windowSeconds)
}

export async function clearAccountFailures(sql: Sql, email: string): Promise<void> {
  await clearLoginFailures(sql, accountBucket(email))
}

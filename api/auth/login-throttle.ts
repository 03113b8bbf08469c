import type { Sql } from '../db/client.ts'
import { clearBucket, MAX_BACKOFF_DOUBLINGS, refundAttempt, reserveAttempt, type BackoffPolicy } from '../db/queries/login-throttle.ts'

/**
 * Sign-in throttling, the way identity providers do it (Keycloak's brute-force
 * detection, OWASP's guidance) rather than a hard lock-out that any stranger
 * can trigger on anyone's account:
 *
 * - Per account and per client address, the first few failures are free; after
 *   that each attempt must wait 1 s, 2 s, 4 s … after the last failure, capped.
 *   A guesser is slowed exponentially; the owner who mistypes waits seconds.
 * - The account cap is short (5 min): it bounds what a stranger's wrong
 *   passwords can cost the owner, while still limiting a guesser who rotates
 *   addresses to ~12 guesses an hour. Addresses get more free failures (an
 *   office shares one) and a longer cap.
 * - The attempt is taken atomically before the password is checked (counted as
 *   a failure, given back on success), so parallel guesses cannot slip through
 *   between a read and a write.
 * - While either bucket waits, every attempt gets 429 with Retry-After without
 *   checking the password: a correct password is refused exactly like a wrong
 *   one, so the throttle is no oracle, even from a fresh address.
 * - A successful sign-in forgets the account's failures but not the address's:
 *   an attacker cannot reset their address by signing in to their own account.
 * - Failures an hour old are forgotten.
 */
export const LOGIN_BACKOFF = {
  account: { freeFailures: 5, baseDelaySeconds: 1, maxDelaySeconds: 5 * 60 },
  address: { freeFailures: 20, baseDelaySeconds: 1, maxDelaySeconds: 15 * 60 },
  resetAfterSeconds: 60 * 60,
} as const satisfies { account: BackoffPolicy; address: BackoffPolicy; resetAfterSeconds: number }

/**
 * Seconds an attempt must wait after the last of `failures` failures.
 *
 * @example backoffDelaySeconds(6, { freeFailures: 5, baseDelaySeconds: 1, maxDelaySeconds: 300 }) // 2
 */
export function backoffDelaySeconds(failures: number, p: BackoffPolicy): number {
  if (failures < p.freeFailures) return 0
  return Math.min(p.baseDelaySeconds * 2 ** Math.min(failures - p.freeFailures, MAX_BACKOFF_DOUBLINGS), p.maxDelaySeconds)
}

export const accountBucket = (email: string) => `account:${email.trim().toLowerCase()}`
export const addressBucket = (address: string) => `address:${address}`

export type LoginAttempt = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * Takes one attempt from the account and the address, both or neither: call
 * it in a transaction, and roll back when it answers not allowed. The account
 * row is always locked before the address row, so two attempts never deadlock.
 */
export async function takeLoginAttempt(tx: Sql, email: string, address: string, now: Date): Promise<LoginAttempt> {
  for (const [bucket, policy] of [
    [accountBucket(email), LOGIN_BACKOFF.account],
    [addressBucket(address), LOGIN_BACKOFF.address],
  ] as const) {
    const r = await reserveAttempt(tx, bucket, policy, LOGIN_BACKOFF.resetAfterSeconds, now)
    if (!r.allowed) {
      const waitMs = r.lastFailureAt.getTime() + backoffDelaySeconds(r.failures, policy) * 1000 - now.getTime()
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) }
    }
  }
  return { allowed: true }
}

/** The attempt was a correct sign-in: forget the account's failures and give the address its attempt back. */
export async function settleSuccessfulLogin(tx: Sql, email: string, address: string): Promise<void> {
  await clearBucket(tx, accountBucket(email))
  await refundAttempt(tx, addressBucket(address))
}

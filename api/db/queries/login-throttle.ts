import type { Sql } from '../client.ts'

/** Exponential back-off of one bucket (an account or a client address). */
export type BackoffPolicy = { freeFailures: number; baseDelaySeconds: number; maxDelaySeconds: number }

/** Doublings beyond this would exceed any sane cap and overflow float8; the cap applies long before. */
export const MAX_BACKOFF_DOUBLINGS = 30

export type Reservation = { allowed: true; failures: number } | { allowed: false; failures: number; lastFailureAt: Date }

/**
 * Atomically takes one attempt from the bucket, counted as a failure until the
 * caller proves otherwise: the upsert increments only when the bucket's back-off
 * has elapsed, and the row lock it takes makes concurrent attempts see each
 * other's increments, so N parallel guesses get exactly the allowed number
 * through. When refused, nothing changes and the row says how long to wait.
 * Failures older than `resetAfterSeconds` are forgotten (the count restarts at 1).
 */
export async function reserveAttempt(sql: Sql, bucket: string, policy: BackoffPolicy, resetAfterSeconds: number, now: Date): Promise<Reservation> {
  const [taken]: [{ failures: number }?] = await sql`
    INSERT INTO login_throttle AS t (bucket, last_failure_at, failures) VALUES (${bucket}, ${now}, 1)
    ON CONFLICT (bucket) DO UPDATE SET
      failures = CASE WHEN t.last_failure_at <= ${now}::timestamptz - make_interval(secs => ${resetAfterSeconds}) THEN 1 ELSE t.failures + 1 END,
      last_failure_at = ${now}
    -- Free failures pass; beyond them, the SQL twin of backoffDelaySeconds (api/auth/login-throttle.ts).
    WHERE t.failures < ${policy.freeFailures}::int
       OR ${now}::timestamptz >= t.last_failure_at + make_interval(secs => least(
            ${policy.baseDelaySeconds}::float8 * power(2::float8, least(t.failures - ${policy.freeFailures}::int, ${MAX_BACKOFF_DOUBLINGS}::int)),
            ${policy.maxDelaySeconds}::float8))
    RETURNING failures`
  if (taken) return { allowed: true, failures: taken.failures }
  const [row]: [{ failures: number; lastFailureAt: Date }?] = await sql`
    SELECT failures, last_failure_at AS "lastFailureAt" FROM login_throttle WHERE bucket = ${bucket}`
  return { allowed: false, failures: row!.failures, lastFailureAt: row!.lastFailureAt }
}

/** The owner signed in: the account's failures are forgotten. */
export async function clearBucket(sql: Sql, bucket: string): Promise<void> {
  await sql`DELETE FROM login_throttle WHERE bucket = ${bucket}`
}

/** Gives back an attempt that turned out not to be a failure (a correct sign-in from this address). */
export async function refundAttempt(sql: Sql, bucket: string): Promise<void> {
  await sql`UPDATE login_throttle SET failures = failures - 1 WHERE bucket = ${bucket} AND failures > 0`
}

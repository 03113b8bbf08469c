import type { Sql } from '../client.ts'

export type ThrottleRow = { bucket: string; windowStartedAt: Date; failures: number }

export async function readThrottles(sql: Sql, buckets: string[]): Promise<ThrottleRow[]> {
  return sql<ThrottleRow[]>`
    SELECT bucket, window_started_at AS "windowStartedAt", failures
    FROM login_throttle WHERE bucket IN ${sql(buckets)}`
}

/** Counts one failure; a window older than `windowSeconds` starts again at 1. */
export async function recordLoginFailure(sql: Sql, bucket: string, now: Date, windowSeconds: number): Promise<void> {
  await sql`
    INSERT INTO login_throttle (bucket, window_started_at, failures) VALUES (${bucket}, ${now}, 1)
    ON CONFLICT (bucket) DO UPDATE SET
      failures = CASE WHEN login_throttle.window_started_at <= ${now}::timestamptz - make_interval(secs => ${windowSeconds})
                      THEN 1 ELSE login_throttle.failures + 1 END,
      window_started_at = CASE WHEN login_throttle.window_started_at <= ${now}::timestamptz - make_interval(secs => ${windowSeconds})
                      THEN ${now} ELSE login_throttle.window_started_at END`
}

export async function clearLoginFailures(sql: Sql, bucket: string): Promise<void> {
  await sql`DELETE FROM login_throttle WHERE bucket = ${bucket}`
}

import { join } from 'node:path'
import postgres from 'postgres'

/** The root client: owns the pool, can begin transactions and end. */
export type Database = postgres.Sql
/** Anything that runs queries: the root client or a transaction. Query functions take this. */
export type Sql = postgres.ISql
export type DatabaseMode = 'embedded' | 'server'

/** How the app's sessions show in pg_stat_activity, so operators (and fault tests) can tell them apart. */
export const DEFAULT_APPLICATION_NAME = 'bluecarbon-api'

/**
 * Seconds before a connection attempt counts as failed: the request waiting on
 * it then answers 503 instead of hanging on an unreachable host.
 */
const CONNECT_TIMEOUT_SECONDS = 10
/**
 * Longest wait before reconnecting after failed attempts. A request that needs
 * a new connection waits this back-off first, so postgres.js's 20 s cap would
 * hold every request that long during an outage and delay recovery after it.
 */
const MAX_RECONNECT_BACKOFF_SECONDS = 1

/**
 * Opens the one SQL client of the process.
 *
 * Embedded (PGlite) is one backend shared by every socket connection: named
 * prepared statements from two connections would collide and messages of two
 * connections could interleave, so that mode uses a single connection and
 * unnamed statements. Against a real server the pool is sized normally.
 *
 * A lost connection is not fatal: its queries reject (mapped to 503 by
 * api/db/database-errors.ts) and postgres.js opens a new one for the next query.
 * The driver is patched for the two places where it used to crash the process
 * instead (patches/postgres+3.4.9.patch).
 */
export function connect(
  url: string,
  mode: DatabaseMode,
  options: { searchPath?: string; max?: number; applicationName?: string } = {},
): Database {
  const target = unixSocketTarget(url)
  return postgres(target.url, {
    ...(target.path ? { path: target.path } : {}),
    max: mode === 'embedded' ? 1 : (options.max ?? 10),
    prepare: mode !== 'embedded',
    onnotice: () => {},
    idle_timeout: mode === 'embedded' ? 0 : 30,
    connect_timeout: CONNECT_TIMEOUT_SECONDS,
    backoff: (retries) => (0.5 + Math.random() / 2) * Math.min(3 ** retries / 100, MAX_RECONNECT_BACKOFF_SECONDS),
    connection: {
      application_name: options.applicationName ?? DEFAULT_APPLICATION_NAME,
      ...(options.searchPath ? { search_path: options.searchPath } : {}),
    },
  })
}

/**
 * libpq names a Unix socket by its directory in the query (`?host=/run/dir`);
 * postgres.js wants the socket file as `path` and would otherwise send `host`
 * to the server as a setting. The embedded database is reached this way.
 */
export function unixSocketTarget(url: string): { url: string; path?: string } {
  const parsed = new URL(url)
  const host = parsed.searchParams.get('host')
  if (!host?.startsWith('/')) return { url }
  parsed.searchParams.delete('host')
  return { url: parsed.toString(), path: join(host, `.s.PGSQL.${parsed.port || 5432}`) }
}

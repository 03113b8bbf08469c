import { join } from 'node:path'
import postgres from 'postgres'

/** The root client: owns the pool, can begin transactions and end. */
export type Database = postgres.Sql
/** Anything that runs queries: the root client or a transaction. Query functions take this. */
export type Sql = postgres.ISql
export type DatabaseMode = 'embedded' | 'server'

/**
 * Opens the one SQL client of the process.
 *
 * Embedded (PGlite) is one backend shared by every socket connection: named
 * prepared statements from two connections would collide and messages of two
 * connections could interleave, so that mode uses a single connection and
 * unnamed statements. Against a real server the pool is sized normally.
 */
export function connect(url: string, mode: DatabaseMode, options: { searchPath?: string; max?: number } = {}): Database {
  const target = unixSocketTarget(url)
  return postgres(target.url, {
    ...(target.path ? { path: target.path } : {}),
    max: mode === 'embedded' ? 1 : (options.max ?? 10),
    prepare: mode !== 'embedded',
    onnotice: () => {},
    idle_timeout: mode === 'embedded' ? 0 : 30,
    ...(options.searchPath ? { connection: { search_path: options.searchPath } } : {}),
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

import postgres from 'postgres'
import type { TestProject } from 'vitest/node'

/**
 * The same API suite against a real PostgreSQL + PostGIS (TEST_DATABASE_URL).
 * Under CI a missing or unreachable server is a failure, never a skip.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL
  if (!url) throw new Error('TEST_DATABASE_URL is not set (required for the api-server project)')
  const sql = postgres(url, { max: 1, onnotice: () => {} })
  try {
    await sql`CREATE EXTENSION IF NOT EXISTS postgis`
    // Drop schemas left by an interrupted earlier run.
    const stale = await sql<{ nspname: string }[]>`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'bc_test_%'`
    for (const { nspname } of stale) await sql.unsafe(`DROP SCHEMA "${nspname}" CASCADE`)
  } catch (err) {
    throw new Error(`Cannot prepare ${url} for tests (is PostgreSQL running with PostGIS installed?): ${String(err)}`)
  } finally {
    await sql.end()
  }
  project.provide('databaseUrl', url)
  project.provide('databaseMode', 'server')
}

import type { Database } from '../../../api/db/client.ts'

export type Fingerprint = Record<string, number>

/**
 * Row counts of every table of the schema (audit length included) in one SQL
 * statement, cheap enough to take after every fuzzed request. PostGIS's
 * reference table and the login throttle (which a refused sign-in legitimately
 * bumps) are left out, as in tableCounts.
 */
export async function fingerprintQuery(sql: Database): Promise<() => Promise<Fingerprint>> {
  const tables = await sql<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
      AND table_name NOT IN ('login_throttle', 'spatial_ref_sys', 'schema_migrations')
    ORDER BY table_name`
  const columns = tables.map(({ table_name: t }) => `(SELECT count(*) FROM "${t}")::int AS "${t}"`).join(', ')
  const statement = `SELECT ${columns}`
  return async () => {
    const [row] = await sql.unsafe<Fingerprint[]>(statement)
    return { ...row! }
  }
}

export function fingerprintDiff(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after })
    .filter((t) => before[t] !== after[t])
    .map((t) => `${t} ${before[t]} → ${after[t]}`)
}

import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Database, Sql } from './client.ts'

export const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url).pathname

export type MigrationFile = { version: number; name: string; sql: string; checksum: string }

const FILE_PATTERN = /^(\d{5})_([a-z0-9_]+)\.sql$/

/** Reads `NNNNN_name.sql` files and refuses gaps or duplicates in the numbering. */
export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.sql')).sort()
  const files: MigrationFile[] = []
  for (const file of names) {
    const match = FILE_PATTERN.exec(file)
    if (!match) throw new Error(`Migration file name "${file}" does not match NNNNN_name.sql`)
    const sql = await readFile(join(dir, file), 'utf8')
    files.push({
      version: Number(match[1]),
      name: match[2]!,
      sql,
      checksum: createHash('sha256').update(sql).digest('hex'),
    })
  }
  files.forEach((f, i) => {
    if (f.version !== i + 1) throw new Error(`Migration numbering has a gap or duplicate at ${f.version}_${f.name} (expected ${i + 1})`)
  })
  return files
}

type AppliedRow = { version: number; name: string; checksum: string }

/**
 * Applies every pending migration in one transaction and records each in
 * `schema_migrations`. An applied file that was edited since (checksum differs)
 * or a recorded version with no file is refused: migrations are append-only.
 * An advisory lock keeps two starting API processes from racing.
 */
export async function migrate(sql: Database, dir = MIGRATIONS_DIR): Promise<{ applied: number[]; version: number }> {
  const files = await readMigrations(dir)
  return sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(727274001)`
    await tx`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`
    const applied = await tx<AppliedRow[]>`SELECT version, name, checksum FROM schema_migrations ORDER BY version`
    for (const row of applied) {
      const file = files[row.version - 1]
      if (!file) throw new Error(`Database has migration ${row.version}_${row.name} but no such file exists`)
      if (file.checksum !== row.checksum) {
        throw new Error(`Applied migration ${row.version}_${row.name} was edited; write a new migration instead`)
      }
    }
    const pending = files.slice(applied.length)
    for (const file of pending) {
      // Migration files are trusted repository content, never user input.
      await tx.unsafe(file.sql)
      await tx`INSERT INTO schema_migrations ${tx({ version: file.version, name: file.name, checksum: file.checksum }, 'version', 'name', 'checksum')}`
    }
    return { applied: pending.map((f) => f.version), version: files.length }
  })
}

export async function currentMigrationVersion(sql: Sql): Promise<number | null> {
  const [row]: [{ version: number | null }?] = await sql`SELECT max(version) AS version FROM schema_migrations`
  return row?.version ?? null
}

import { parseEnv } from '../env.ts'
import { migrate } from './migrate.ts'
import { openDatabase } from './open-database.ts'

/** `npm run db:migrate`: apply pending migrations to DATABASE_URL or the embedded database in DATA_DIR. */
const env = parseEnv(process.env)
const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR })
try {
  const { applied, version } = await migrate(db.sql)
  process.stdout.write(applied.length ? `Applied migrations ${applied.join(', ')}; now at ${version}.\n` : `Up to date at ${version}.\n`)
} catch (err) {
  process.stderr.write(`Migration failed: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exitCode = 1
} finally {
  await db.close()
}

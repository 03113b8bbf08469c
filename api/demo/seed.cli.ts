import { parseEnv } from '../env.ts'
import { migrate } from '../db/migrate.ts'
import { openDatabase } from '../db/open-database.ts'
import { seedReferenceData } from '../carbon-prices/reference-data.ts'
import { seedDemo } from './seed.ts'

/** `npm run db:seed`: reference data always, demo data when DEMO is on (default with the embedded database). Idempotent. */
const env = parseEnv(process.env)
const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR })
try {
  await migrate(db.sql)
  const reference = await seedReferenceData(db.sql)
  const demo = env.DEMO ?? db.mode === 'embedded'
  const summary = demo ? await seedDemo(db.sql) : null
  process.stdout.write(`Seeded: ${JSON.stringify({ ...reference, ...(summary ?? { demo: 'off' }) })}\n`)
} catch (err) {
  process.stderr.write(`Seeding failed: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exitCode = 1
} finally {
  await db.close()
}

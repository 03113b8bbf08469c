import { connect, type Database, type DatabaseMode } from './client.ts'
import { startEmbeddedDatabase } from './embedded.ts'

export type OpenDatabase = { sql: Database; mode: DatabaseMode; close(): Promise<void> }

/** `DATABASE_URL` → that server; otherwise embedded PGlite persisted in `dataDir`. */
export async function openDatabase(options: { databaseUrl?: string | undefined; dataDir: string }): Promise<OpenDatabase> {
  if (options.databaseUrl) {
    const sql = connect(options.databaseUrl, 'server')
    return { sql, mode: 'server', close: () => sql.end({ timeout: 5 }) }
  }
  const embedded = await startEmbeddedDatabase(options.dataDir)
  const sql = connect(embedded.url, 'embedded')
  return {
    sql,
    mode: 'embedded',
    async close() {
      await sql.end({ timeout: 5 })
      await embedded.close()
    },
  }
}

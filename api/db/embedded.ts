import { mkdir } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

export type EmbeddedDatabase = {
  /** postgres:// URL of the private loopback socket. */
  url: string
  close(): Promise<void>
}

/**
 * Starts PGlite with PostGIS persisted in `dataDir` and serves it on a private
 * loopback port, so the app talks to it with postgres.js exactly as to a real server.
 *
 * PGlite is a single backend: the socket server queues messages from all
 * connections into it. `maxConnections` must be at least the postgres.js pool
 * size (its default of 1 makes a bigger pool hang, architecture.md).
 */
export async function startEmbeddedDatabase(dataDir: string, maxConnections = 10): Promise<EmbeddedDatabase> {
  await mkdir(dataDir, { recursive: true })
  const db = await PGlite.create({ dataDir, extensions: { postgis } })
  await db.exec('CREATE EXTENSION IF NOT EXISTS postgis')
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections })
  await server.start()
  const [, port] = server.getServerConn().split(':')
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async close() {
      await server.stop()
      await db.close()
    },
  }
}

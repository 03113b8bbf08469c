import { chmod, mkdir } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import { withPostgresExtendedProtocol } from './extended-protocol-guard.ts'
import { privateSocketDir } from './private-socket.ts'

export type EmbeddedDatabase = {
  /** postgres:// URL naming the socket directory libpq-style (`?host=/dir`); connect() understands it. */
  url: string
  /** The Unix socket file (owner-only), for checks and for `psql -h <its directory>`. */
  socketPath: string
  close(): Promise<void>
}

/**
 * Starts PGlite with PostGIS persisted in `dataDir` and serves it on a Unix
 * socket in an owner-only directory, so the app talks to it with postgres.js
 * exactly as to a real server while no other user — and nothing on the
 * network — can: the socket server has no authentication, so a TCP port, even
 * on loopback, would hand the database to every local process.
 *
 * PGlite is a single backend: the socket server queues messages from all
 * connections into it. `maxConnections` must be at least the postgres.js pool
 * size (its default of 1 makes a bigger pool hang, architecture.md).
 */
export async function startEmbeddedDatabase(dataDir: string, maxConnections = 10): Promise<EmbeddedDatabase> {
  // The database files are as private as the socket; mode applies only to folders created here.
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  const socket = await privateSocketDir(dataDir)
  const db = await PGlite.create({ dataDir, extensions: { postgis } })
  try {
    await db.exec('CREATE EXTENSION IF NOT EXISTS postgis')
    const server = new PGLiteSocketServer({ db: withPostgresExtendedProtocol(db), path: socket.path, maxConnections })
    await server.start()
    // The directory is 0700 already; the socket's own mode is a second lock on the same door.
    await chmod(socket.path, 0o600)
    return {
      url: `postgres://postgres@localhost/postgres?host=${encodeURIComponent(socket.dir)}`,
      socketPath: socket.path,
      async close() {
        await server.stop()
        await db.close()
        await socket.remove()
      },
    }
  } catch (err) {
    await db.close()
    await socket.remove()
    throw err
  }
}

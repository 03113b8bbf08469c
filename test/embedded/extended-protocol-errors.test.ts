import { createConnection } from 'node:net'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, type Database } from '../../api/db/client.ts'
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../api/db/embedded.ts'
import { withPostgresExtendedProtocol } from '../../api/db/extended-protocol-guard.ts'
import { freshPgliteDataDir } from '../support/pglite-template.ts'

/**
 * postgres.js pipelines queries on one connection; the embedded socket server
 * must answer a failed extended-protocol statement the way PostgreSQL does
 * (one ReadyForQuery, at Sync) or every later answer shifts by one.
 */
describe('embedded database: a failed statement in a pipeline', () => {
  let embedded: EmbeddedDatabase
  let sql: Database
  let removeDir: () => Promise<void>

  beforeAll(async () => {
    const data = await freshPgliteDataDir()
    removeDir = data.remove
    embedded = await startEmbeddedDatabase(data.dir, 2)
    sql = connect(embedded.url, 'embedded')
    await sql`CREATE TABLE pipelined (id int PRIMARY KEY)`
  })
  afterAll(async () => {
    await sql?.end()
    await embedded?.close()
    await removeDir?.()
  })

  it.each([
    ['a division by zero (fails at Execute)', 'SELECT 1 / 0 AS boom', '22012'],
    ['a syntax error (fails at Parse)', 'SELEC 1', '42601'],
  ])('answers the query after %s with its own rows', async (_name, failing, code) => {
    const [failed, next, last] = await Promise.allSettled([sql.unsafe(failing), sql`SELECT 2::int AS two`, sql`SELECT 3::int AS three`])
    expect(failed.status).toBe('rejected')
    expect((failed as PromiseRejectedResult).reason.code).toBe(code)
    expect(next).toEqual({ status: 'fulfilled', value: [{ two: 2 }] })
    expect(last).toEqual({ status: 'fulfilled', value: [{ three: 3 }] })
  })

  it('refuses a duplicate key and keeps later answers paired inside a transaction', async () => {
    await sql`INSERT INTO pipelined VALUES (1)`
    let outcome: unknown[] = []
    const transaction = await sql
      .begin(async (tx) => {
        const settled = await Promise.allSettled([tx`INSERT INTO pipelined VALUES (1)`, tx`SELECT count(*)::int AS n FROM pipelined`])
        outcome = settled.map((s) => (s.status === 'fulfilled' ? { rows: s.value } : { code: s.reason.code }))
      })
      .then(() => 'committed', (err: { code?: string }) => err.code)
    // PostgreSQL: the INSERT fails with 23505, the SELECT in the aborted transaction with 25P02, and begin() rethrows the first.
    expect(outcome).toEqual([{ code: '23505' }, { code: '25P02' }])
    expect(transaction).toBe('23505')
    const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM pipelined`
    expect(row!.n).toBe(1)
  })
})

/** Sends Parse(SELEC 1) + Sync and counts the ReadyForQuery messages that come back. */
async function readyCountAfterFailedParse(path: string): Promise<number> {
  const socket = createConnection(path)
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject))
  const chunks: Buffer[] = []
  socket.on('data', (d: Buffer) => chunks.push(d))
  const startup = Buffer.concat([int32(196608), cstr('user'), cstr('postgres'), cstr('database'), cstr('postgres'), Buffer.from([0])])
  socket.write(Buffer.concat([int32(startup.length + 4), startup]))
  await until(() => countType(Buffer.concat(chunks), 'Z') >= 1)
  chunks.length = 0
  const parseBody = Buffer.concat([cstr(''), cstr('SELEC 1'), Buffer.from([0, 0])])
  socket.write(Buffer.concat([Buffer.from('P'), int32(parseBody.length + 4), parseBody, Buffer.from('S'), int32(4)]))
  await until(() => countType(Buffer.concat(chunks), 'Z') >= 1)
  // Give a stray second ReadyForQuery time to arrive.
  await new Promise((r) => setTimeout(r, 300))
  socket.destroy()
  return countType(Buffer.concat(chunks), 'Z')
}

describe('pglite-socket ReadyForQuery after a failed Parse', () => {
  async function serve(guarded: boolean) {
    const data = await freshPgliteDataDir()
    const db = await PGlite.create({ dataDir: data.dir, extensions: { postgis } })
    const path = `${data.dir}/.s.PGSQL.5432`
    const server = new PGLiteSocketServer({ db: guarded ? withPostgresExtendedProtocol(db) : db, path, maxConnections: 1 })
    await server.start()
    return { path, close: async () => (await server.stop(), await db.close(), await data.remove()) }
  }

  // Documents the upstream defect the guard exists for: when this starts passing, drop the guard.
  it.fails('unguarded PGlite sends exactly one ReadyForQuery (upstream defect: it sends two)', async () => {
    const server = await serve(false)
    try {
      expect(await readyCountAfterFailedParse(server.path)).toBe(1)
    } finally {
      await server.close()
    }
  })

  it('the guarded server sends exactly one, as PostgreSQL does', async () => {
    const server = await serve(true)
    try {
      expect(await readyCountAfterFailedParse(server.path)).toBe(1)
    } finally {
      await server.close()
    }
  })
})

function int32(n: number): Buffer {
  const b = Buffer.alloc(4)
  b.writeInt32BE(n)
  return b
}
function cstr(s: string): Buffer {
  return Buffer.concat([Buffer.from(s, 'utf8'), Buffer.from([0])])
}
function countType(bytes: Buffer, type: string): number {
  let n = 0
  let at = 0
  while (at + 5 <= bytes.length) {
    const length = bytes.readInt32BE(at + 1)
    if (at + 1 + length > bytes.length) break
    if (bytes[at] === type.charCodeAt(0)) n++
    at += 1 + length
  }
  return n
}
async function until(done: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now()
  while (!done()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting for the server')
    await new Promise((r) => setTimeout(r, 10))
  }
}

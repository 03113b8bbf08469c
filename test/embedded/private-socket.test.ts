import { mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { connect, unixSocketTarget } from '../../api/db/client.ts'
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../api/db/embedded.ts'
import { MAX_SOCKET_PATH_BYTES, SOCKET_FILE } from '../../api/db/private-socket.ts'
import { listeningTcpPorts } from '../support/listening-ports.ts'
import { freshPgliteDataDir } from '../support/pglite-template.ts'

const cleanups: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean()
})

async function started(dataDir: string): Promise<EmbeddedDatabase> {
  const db = await startEmbeddedDatabase(dataDir, 2)
  cleanups.push(() => db.close())
  return db
}

async function freshDir(): Promise<string> {
  const data = await freshPgliteDataDir()
  cleanups.push(data.remove)
  return data.dir
}

async function selectOne(url: string): Promise<number> {
  const sql = connect(url, 'embedded')
  try {
    const [row] = await sql<{ one: number }[]>`SELECT 1::int AS one`
    return row!.one
  } finally {
    await sql.end()
  }
}

const modeOf = async (path: string) => (await stat(path)).mode & 0o777

describe('embedded database socket', () => {
  it('the port check sees a TCP listener of this process (so its silence below means something)', async () => {
    const before = await listeningTcpPorts()
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as { port: number }).port
    try {
      expect(await listeningTcpPorts()).toEqual([...before, port].sort((a, b) => a - b))
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('serves on an owner-only Unix socket in the data folder and opens no TCP port', async () => {
    const dir = await freshDir()
    const portsBefore = await listeningTcpPorts()
    const db = await started(dir)
    expect(await listeningTcpPorts()).toEqual(portsBefore)

    expect(db.socketPath).toBe(join(dir, 'run', SOCKET_FILE))
    expect((await stat(db.socketPath)).isSocket()).toBe(true)
    expect(await modeOf(db.socketPath)).toBe(0o600)
    expect(await modeOf(dirname(db.socketPath))).toBe(0o700)
    // The URL names the socket directory, not a network host.
    expect(unixSocketTarget(db.url).path).toBe(db.socketPath)
    expect(await selectOne(db.url)).toBe(1)

    await db.close()
    cleanups.pop()
    await expect(stat(db.socketPath)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('refuses a second server on the same data folder and leaves the first one serving', async () => {
    const dir = await freshDir()
    const first = await started(dir)
    await expect(startEmbeddedDatabase(dir, 2)).rejects.toThrow(/Another process is serving the embedded database/)
    expect(await selectOne(first.url)).toBe(1)
  })

  it('replaces a stale socket file left by a crash', async () => {
    const dir = await freshDir()
    const first = await started(dir)
    await first.close()
    cleanups.pop()
    await writeFile(first.socketPath, 'stale')
    const second = await started(dir)
    expect((await stat(second.socketPath)).isSocket()).toBe(true)
    expect(await selectOne(second.url)).toBe(1)
  })

  it('a data folder too deep for a socket path gets a private 0700 folder under the temp dir, removed on close', async () => {
    const base = await mkdtemp(join(tmpdir(), 'bc-deep-'))
    cleanups.push(() => rm(base, { recursive: true, force: true }))
    const deep = join(base, 'd'.repeat(MAX_SOCKET_PATH_BYTES))
    await rename(await freshDir(), deep)
    const db = await started(deep)
    expect(Buffer.byteLength(db.socketPath)).toBeLessThanOrEqual(MAX_SOCKET_PATH_BYTES)
    expect(db.socketPath.startsWith(join(tmpdir(), 'bc-pg-'))).toBe(true)
    expect(await modeOf(dirname(db.socketPath))).toBe(0o700)
    expect(await modeOf(db.socketPath)).toBe(0o600)
    expect(await selectOne(db.url)).toBe(1)
    await db.close()
    cleanups.pop()
    await expect(stat(dirname(db.socketPath))).rejects.toMatchObject({ code: 'ENOENT' })
  })
})

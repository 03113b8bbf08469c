import { chmod, lstat, mkdir, mkdtemp, rm, unlink } from 'node:fs/promises'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/** PostgreSQL's socket file name, so `psql -h <dir>` reaches the embedded database too. */
export const SOCKET_FILE = '.s.PGSQL.5432'

/** sun_path holds 108 bytes on Linux, the last one a NUL; macOS allows 104. */
export const MAX_SOCKET_PATH_BYTES = process.platform === 'linux' ? 107 : 103

export type PrivateSocketDir = {
  dir: string
  path: string
  /** Removes the socket, and the directory itself when it was a temporary one. */
  remove(): Promise<void>
}

/**
 * A directory only this user can enter (0700), for the socket of the embedded
 * database: `<dataDir>/run`, or, when that path is too long for a Unix socket,
 * a fresh 0700 directory under the system temp folder. Refuses to start when a
 * live server already answers on the socket (another process on the same
 * DATA_DIR), and removes a stale socket left by a crash.
 */
export async function privateSocketDir(dataDir: string): Promise<PrivateSocketDir> {
  const preferred = join(resolve(dataDir), 'run')
  const fits = Buffer.byteLength(join(preferred, SOCKET_FILE)) <= MAX_SOCKET_PATH_BYTES
  const dir = fits ? preferred : await mkdtemp(join(tmpdir(), 'bc-pg-'))
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const info = await lstat(dir)
  if (!info.isDirectory()) throw new Error(`${dir} must be a directory for the embedded database socket`)
  if (typeof process.getuid === 'function' && info.uid !== process.getuid()) {
    throw new Error(`${dir} belongs to another user; the embedded database socket must live in a directory of this user`)
  }
  // mkdir's mode applies only when it creates the folder: tighten one left by an older version.
  await chmod(dir, 0o700)
  const path = join(dir, SOCKET_FILE)
  if (await answers(path)) throw new Error(`Another process is serving the embedded database in ${dataDir} (${path}); stop it first`)
  await unlink(path).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err
  })
  return {
    dir,
    path,
    remove: () => (fits ? unlink(path).catch(() => {}) : rm(dir, { recursive: true, force: true })),
  }
}

function answers(path: string): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(path)
    socket.once('connect', () => {
      socket.destroy()
      done(true)
    })
    socket.once('error', () => done(false))
  })
}

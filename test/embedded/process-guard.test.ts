import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { freshPgliteDataDir } from '../support/pglite-template.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const PRELOAD = fileURLToPath(new URL('../support/outside-faults.preload.ts', import.meta.url))

type LogLine = { level: string; msg: string; url?: string; error?: { message?: string; code?: string } }

let child: ChildProcess | undefined
let removeData: (() => Promise<void>) | undefined
afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL')
  await removeData?.()
})

/** Waits (no time assertion: the test's own timeout bounds it) until `check` holds for the log lines. */
async function waitFor(lines: LogLine[], check: (lines: LogLine[]) => boolean, what: string, stderr: () => string): Promise<void> {
  for (let i = 0; i < 600 && !check(lines); i++) {
    if (child?.exitCode !== null) throw new Error(`the server exited (code ${child?.exitCode}) while waiting for ${what}: ${stderr()}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  if (!check(lines)) throw new Error(`no ${what} in the log`)
}

describe('process guard (api/server.ts as a real child process)', () => {
  it('logs errors thrown, rejected or emitted outside any request as JSON lines and keeps serving', async () => {
    const data = await freshPgliteDataDir()
    removeData = data.remove
    // The embedded database in a fresh folder, whatever the suite itself runs on.
    const { DATABASE_URL: _server, ...env } = process.env
    child = spawn(process.execPath, ['--import', 'tsx', '--import', PRELOAD, 'api/server.ts'], {
      cwd: ROOT,
      env: { ...env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: data.dir, DEMO: '0', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    const lines: LogLine[] = []
    let rest = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      const text = rest + chunk.toString('utf8')
      const parts = text.split('\n')
      rest = parts.pop()!
      for (const line of parts) if (line.startsWith('{')) lines.push(JSON.parse(line) as LogLine)
    })
    await waitFor(lines, (l) => l.some((x) => x.msg === 'listening'), 'listening line', () => stderr)
    const url = lines.find((x) => x.msg === 'listening')!.url!
    expect((await fetch(`${url}/api/health`)).status).toBe(200)

    child.kill('SIGUSR2')
    const errors = (l: LogLine[]) => l.filter((x) => x.level === 'error')
    await waitFor(lines, (l) => errors(l).length >= 3, 'three error lines', () => stderr)

    expect(child.exitCode).toBeNull()
    const logged = errors(lines).map((x) => [x.msg, x.error?.code ?? x.error?.message])
    expect(logged).toEqual(
      expect.arrayContaining([
        ['uncaught exception', 'fault: thrown in a timer'],
        ['unhandled rejection', 'fault: rejected with nobody awaiting'],
        ['uncaught exception', 'ECONNREFUSED'],
      ]),
    )
    // Still serving, and still able to stop cleanly.
    expect((await fetch(`${url}/api/health`)).status).toBe(200)
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  })
})

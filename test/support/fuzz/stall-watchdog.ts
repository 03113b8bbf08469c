import { monitorEventLoopDelay } from 'node:perf_hooks'
import { Worker } from 'node:worker_threads'

/**
 * Measures how long the event loop was blocked while one request ran, and
 * stops the process with the request's description if a request blocks it for
 * good (a synchronous infinite loop cannot be interrupted from its own thread,
 * so a watchdog thread notices the silence, prints the case and kills the run
 * instead of letting CI hang until its job timeout).
 */
export function createStallProbe(options: { hangSeconds: number }) {
  const histogram = monitorEventLoopDelay({ resolution: 5 })
  histogram.enable()
  const heartbeat = new Int32Array(new SharedArrayBuffer(4))
  const caseText = new Uint8Array(new SharedArrayBuffer(4096))
  const beat = setInterval(() => Atomics.add(heartbeat, 0, 1), 50)
  beat.unref()
  const watchdog = new Worker(WATCHDOG_SOURCE, { eval: true, workerData: { heartbeat, caseText, hangSeconds: options.hangSeconds } })
  watchdog.unref()
  const encoder = new TextEncoder()
  return {
    /** Call before sending a request: what the watchdog prints if the loop never comes back. */
    begin(description: string) {
      caseText.fill(0)
      encoder.encodeInto(description.slice(0, 1300), caseText)
      histogram.reset()
    },
    /** The longest event-loop delay (ms) since `begin`; read it after an awaited I/O so the probe timer has fired. */
    maxDelayMs(): number {
      return histogram.max / 1e6
    },
    async close() {
      clearInterval(beat)
      histogram.disable()
      await watchdog.terminate()
    },
  }
}

const WATCHDOG_SOURCE = `
const { workerData } = require('node:worker_threads')
const { writeSync } = require('node:fs')
const { heartbeat, caseText, hangSeconds } = workerData
let last = Atomics.load(heartbeat, 0)
let silentSince = Date.now()
setInterval(() => {
  const now = Atomics.load(heartbeat, 0)
  if (now !== last) { last = now; silentSince = Date.now(); return }
  if (Date.now() - silentSince < hangSeconds * 1000) return
  const end = caseText.indexOf(0)
  const text = new TextDecoder().decode(caseText.slice(0, end < 0 ? caseText.length : end))
  writeSync(2, '\\n[fuzz watchdog] the event loop has been blocked for ' + hangSeconds + ' s by this request; killing the test process:\\n' + text + '\\n')
  process.kill(process.pid, 'SIGKILL')
}, 250)
`

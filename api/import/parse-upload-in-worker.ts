import { Worker } from 'node:worker_threads'
import type { ParseJob, ParseOutcome } from './parse-upload.job.ts'

/** Parsing and checking one upload may take this long; an honest 10 MB file needs well under a second. */
export const PARSE_TIME_LIMIT_MS = 10_000

/** Heap of the parsing thread: a DOM or a Shapefile inflated past this is not a planting plan. */
export const PARSE_HEAP_LIMIT_MB = 512

/** Loading tsx and the parsers takes well under a second; far beyond that, something is broken, not slow. */
const START_LIMIT_MS = 30_000

/**
 * Parsing threads at a time in this process; further uploads wait their turn.
 * Each may take up to PARSE_HEAP_LIMIT_MB, so this bounds the memory that
 * concurrent uploads can claim. Process-wide by nature, like a thread pool.
 */
export const MAX_PARALLEL_PARSES = 2

let running = 0
const waiting: (() => void)[] = []

async function takeTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL_PARSES) await new Promise<void>((resolve) => waiting.push(resolve))
  else running++
  try {
    return await work()
  } finally {
    // The slot passes straight to the next in line, or is freed.
    const next = waiting.shift()
    if (next) next()
    else running--
  }
}

/**
 * Runs parseUpload (unzip, parse, check every feature) in a fresh worker
 * thread, so a slow or hostile file never stalls the event loop. The worker is
 * terminated after `timeLimitMs` or when it runs out of heap, and the upload
 * is then refused as too complex (`limit`). A fresh thread per upload keeps
 * nothing of one file around for the next; uploads are rare enough for that.
 * At most MAX_PARALLEL_PARSES run at once; the time limit starts when the
 * upload's own thread is ready, so waiting in line does not count.
 */
export function parseUploadInWorker(job: ParseJob, timeLimitMs = PARSE_TIME_LIMIT_MS): Promise<ParseOutcome> {
  return takeTurn(() => runWorker(job, timeLimitMs))
}

function runWorker(job: ParseJob, timeLimitMs: number): Promise<ParseOutcome> {
  return new Promise((resolve, reject) => {
    // execArgv []: the worker loads its TypeScript itself (see the .mjs), so it needs none of the parent's flags.
    const worker = new Worker(new URL('./parse-upload.worker.mjs', import.meta.url), {
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: PARSE_HEAP_LIMIT_MB },
    })
    let done = false
    const settle = (answer: () => void) => {
      if (done) return
      done = true
      clearTimeout(timer)
      void worker.terminate()
      answer()
    }
    let timer = setTimeout(() => settle(() => reject(new Error(`the upload parser did not start within ${START_LIMIT_MS} ms`))), START_LIMIT_MS)
    worker.on('message', (message: 'ready' | ParseOutcome) => {
      if (message !== 'ready') return settle(() => resolve(message))
      clearTimeout(timer)
      timer = setTimeout(() => settle(() => resolve(tooSlow(timeLimitMs))), timeLimitMs)
      worker.postMessage(job)
    })
    worker.on('error', (err: Error & { code?: string }) =>
      settle(() => (err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? resolve(tooBig()) : reject(err))),
    )
    worker.on('exit', (code) => settle(() => reject(new Error(`the upload parser exited (code ${code}) without answering`))))
  })
}

function tooSlow(timeLimitMs: number): ParseOutcome {
  const s = (timeLimitMs / 1000).toLocaleString('en')
  return {
    ok: false,
    limit: true,
    error: {
      en: `Reading and checking the file took more than ${s} s and was stopped. Split it into smaller files or simplify the shapes.`,
      zh: `读取和检查该文件超过 ${s} 秒，已停止。请拆分为较小的文件或简化图形。`,
    },
  }
}

function tooBig(): ParseOutcome {
  return {
    ok: false,
    limit: true,
    error: {
      en: `Reading the file needed more than ${PARSE_HEAP_LIMIT_MB} MB of memory and was stopped. Split it into smaller files.`,
      zh: `读取该文件所需内存超过 ${PARSE_HEAP_LIMIT_MB} MB，已停止。请拆分为较小的文件。`,
    },
  }
}

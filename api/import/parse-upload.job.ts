import { parentPort } from 'node:worker_threads'
import { checkSite, type Preparation } from '../sites/prepare-site.ts'
import { readUpload, type UploadFormat } from './read-upload.ts'

export type ParseJob = { fileName: string; bytes: Uint8Array; maxSiteAreaHa: number }

/** A feature of the upload with the verdict of the pure site checks (the database's verdict comes later, in the route). */
export type CheckedFeature = { name?: string; check: Preparation }

export type ParseOutcome =
  | { ok: true; format: UploadFormat | undefined; features: CheckedFeature[] }
  | Extract<Awaited<ReturnType<typeof readUpload>>, { ok: false }>

/**
 * Everything heavy about an upload, run in a worker thread: unzip, XML /
 * Shapefile / JSON parsing, and the geometry checks of every feature (kinks
 * are quadratic in the vertices). The main thread only waits for the answer.
 */
export async function parseUpload(job: ParseJob): Promise<ParseOutcome> {
  const read = await readUpload(job.fileName, job.bytes)
  if (!read.ok) return read
  const features = read.features.map((f) => ({
    ...(f.name ? { name: f.name } : {}),
    check: checkSite({ geometry: f.geometry, strata: [] }, { maxSiteAreaHa: job.maxSiteAreaHa }),
  }))
  return { ok: true, format: read.format, features }
}

/** Started by parse-upload.worker.mjs: takes one job from the parent thread and answers it. */
export function serveOneJob(): void {
  const port = parentPort
  if (!port) throw new Error('serveOneJob runs in a worker thread')
  port.once('message', (job: ParseJob) => {
    void parseUpload(job).then((outcome) => port.postMessage(outcome))
  })
  // Told only once the modules are loaded, so the time limit measures the parsing and not the start-up.
  port.postMessage('ready')
}

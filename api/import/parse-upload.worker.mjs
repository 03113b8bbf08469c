// Entry of the upload-parsing worker thread. Plain JavaScript so that Node
// loads it as it is, whoever started the process (`node --import tsx`, vitest,
// the CLI); it then loads the TypeScript job through tsx's scoped loader.
import { tsImport } from 'tsx/esm/api'

const { serveOneJob } = await tsImport('./parse-upload.job.ts', import.meta.url)
serveOneJob()

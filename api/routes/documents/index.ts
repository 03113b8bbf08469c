import { createRouter } from '../../http/router.ts'
import { registerDownloadDocument } from './download.ts'
import { registerListDocuments } from './list.ts'
import { registerUploadDocument } from './upload.ts'

/** Mounted at /api/v1/projects beside the projects router: a project's documents (upload, list). */
export function projectDocumentsRouter() {
  const router = createRouter()
  registerUploadDocument(router)
  registerListDocuments(router)
  return router
}

/** Mounted at /api/v1/documents: one document's bytes. */
export function documentsRouter() {
  const router = createRouter()
  registerDownloadDocument(router)
  return router
}

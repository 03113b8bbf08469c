import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { assertCanReadProject } from '../../projects/project-access.ts'
import { requireUser } from '../../auth/authorize.ts'
import { findDocument } from '../../db/queries/documents.ts'
import { attachmentDisposition } from '../../documents/content-disposition.ts'
import { authProblems, commonProblems, notFoundProblem } from '../../http/problem-responses.ts'
import { ApiError } from '../../errors/api-error.ts'
import { documentIdParam } from './schema.ts'

const NOT_FOUND = { resource: 'document', resourceZh: '文件' }
const binary = { schema: z.string().openapi({ format: 'binary' }) }

const route = createRoute({
  method: 'get',
  path: '/{documentId}',
  tags: ['Documents'],
  summary: 'Download a document (as an attachment, with its sniffed media type)',
  description: 'Whoever may read the project. Headers: Content-Type (the sniffed type), Content-Disposition attachment with the original name, X-Content-Type-Options nosniff, ETag = the SHA-256.',
  request: { params: documentIdParam },
  responses: {
    200: {
      description: 'The file',
      content: { 'application/pdf': binary, 'image/png': binary, 'image/jpeg': binary, 'image/webp': binary, 'application/zip': binary },
    },
    ...authProblems,
    ...notFoundProblem,
    ...commonProblems,
  },
})

export function registerDownloadDocument(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { documentId } = c.req.valid('param')
    const { sql, documentStore } = c.var.services
    const doc = await findDocument(sql, documentId)
    if (!doc) throw new ApiError('not_found', { params: NOT_FOUND })
    assertCanReadProject(user, { organisationId: doc.organisationId, status: doc.projectStatus }, NOT_FOUND)
    const bytes = await documentStore.get(sql, doc.id)
    if (!bytes) {
      // The row exists but its bytes do not (a folder emptied, DOCUMENT_STORE switched): an operator's problem, not the caller's.
      c.get('logger').error('document bytes missing', { documentId: doc.id, storage: doc.storage, configured: documentStore.storage })
      throw new ApiError('internal_error')
    }
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': doc.mediaType,
      'content-disposition': attachmentDisposition(doc.fileName),
      'x-content-type-options': 'nosniff',
      'content-length': String(bytes.byteLength),
      etag: `"${doc.sha256}"`,
      'cache-control': 'private, no-store',
    }) as never
  })
}

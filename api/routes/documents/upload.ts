import { createHash } from 'node:crypto'
import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import type { AuthUser } from '../../auth/auth-user.ts'
import { assertCanWriteProject } from '../../projects/project-access.ts'
import { requireUser } from '../../auth/authorize.ts'
import type { Sql } from '../../db/client.ts'
import { appendAuditEvent } from '../../db/queries/audit-events.ts'
import { insertDocument } from '../../db/queries/documents.ts'
import { findProject, lockProject } from '../../db/queries/projects.ts'
import { DOCUMENT_KINDS, mayAddDocument, type DocumentKind } from '../../documents/document-kinds.ts'
import { declaredTypeAgrees, sniffMediaType } from '../../documents/media-type.ts'
import { ApiError } from '../../errors/api-error.ts'
import { authProblems, commonProblems, conflictProblem, notFoundProblem, problemResponse } from '../../http/problem-responses.ts'
import { STATUS_ZH } from '../../projects/project-status.ts'
import { projectIdParam } from '../projects/schema.ts'
import { documentSchema, toDocumentResponse } from './schema.ts'

const uploadBody = z
  .object({
    file: z
      .instanceof(File, { error: 'Attach the file as the multipart/form-data field "file"' })
      .refine((f) => f.name.length <= 255, { error: 'The file name is longer than 255 characters' })
      .openapi({ type: 'string', format: 'binary', description: 'PDF, PNG, JPEG, WebP or ZIP; its part Content-Type must match the content.' }),
    kind: z.enum(DOCUMENT_KINDS),
    public: z
      .enum(['true', 'false'])
      .optional()
      .openapi({ description: 'Show the document in the public disclosure (公示) once the project is approved. Default false.' }),
  })
  .strict()

const route = createRoute({
  method: 'post',
  path: '/{projectId}/documents',
  tags: ['Documents'],
  summary: 'Attach an evidence document to a project (multipart: file, kind, public)',
  description:
    'Owners of the project organisation (or admins). Land tenure, design documents and other evidence may be added while the project is editable (draft, changes_requested); monitoring and verification reports also once it is approved or registered, since they back issuances. During review nothing is added (409). The content is sniffed: PDF, PNG, JPEG, WebP or ZIP, and the declared part type must agree (415 `unsupported_document_type`). Files above MAX_DOCUMENT_BYTES (default 25 MiB) → 413.',
  request: { params: projectIdParam, body: { required: true, content: { 'multipart/form-data': { schema: uploadBody } } } },
  responses: {
    201: { description: 'Stored', content: { 'application/json': { schema: documentSchema } } },
    ...authProblems,
    ...notFoundProblem,
    ...conflictProblem,
    ...commonProblems,
    415: problemResponse('`unsupported_document_type`: the content is not an accepted type, or not the declared one.'),
  },
})

/** 404 hidden / 403 foreign / 409 when the project's status does not take this kind now. */
async function assertMayAdd(sql: Sql, user: AuthUser, projectId: string, kind: DocumentKind, lock: boolean): Promise<void> {
  const project = lock ? await lockProject(sql, projectId) : await findProject(sql, projectId)
  if (!project) throw new ApiError('not_found', { params: { resource: 'project', resourceZh: '项目' } })
  assertCanWriteProject(user, project)
  if (!mayAddDocument(kind, project.status)) {
    throw new ApiError('project_not_editable', { params: { status: project.status, statusZh: STATUS_ZH[project.status] ?? project.status } })
  }
}

export function registerUploadDocument(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const { projectId } = c.req.valid('param')
    const form = c.req.valid('form')
    const { sql, now, config, documentStore } = c.var.services
    const at = now()

    // Who may write comes before anything about the file.
    await assertMayAdd(sql, user, projectId, form.kind, false)
    // The body limit already stopped anything far above the cap; this is the exact one for the file itself.
    if (form.file.size > config.maxDocumentBytes) throw new ApiError('payload_too_large', { params: { limit: config.maxDocumentBytes } })
    const bytes = new Uint8Array(await form.file.arrayBuffer())
    const declared = form.file.type
    const sniffed = sniffMediaType(bytes)
    if (!sniffed || !declaredTypeAgrees(declared, form.file.name, sniffed)) {
      throw new ApiError('unsupported_document_type', { params: { declared, detected: sniffed ?? '' } })
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    const fileName = form.file.name || 'document'

    let storedKey: string | null = null
    try {
      const row = await sql.begin(async (tx) => {
        await assertMayAdd(tx, user, projectId, form.kind, true)
        const doc = await insertDocument(
          tx,
          { projectId, kind: form.kind, fileName, mediaType: sniffed, sizeBytes: bytes.byteLength, sha256, public: form.public === 'true', storage: documentStore.storage, uploadedBy: user.id },
          at,
        )
        await appendAuditEvent(
          tx,
          { actorUserId: user.id, action: 'document.upload', subjectType: 'project', subjectId: projectId, payload: { documentId: doc.id, kind: doc.kind, sha256, sizeBytes: bytes.byteLength, mediaType: sniffed } },
          at,
        )
        // Last, so a folder store writes a file only for a row that is about to commit.
        storedKey = doc.id
        await documentStore.put(tx, doc.id, bytes)
        return doc
      })
      return c.json(toDocumentResponse(row), 201)
    } catch (err) {
      // The folder store is outside the transaction: drop the file of a row that never committed.
      if (storedKey && documentStore.storage !== 'database') await documentStore.delete(sql, storedKey).catch(() => {})
      throw err
    }
  })
}

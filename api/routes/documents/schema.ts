import { z } from '@hono/zod-openapi'
import type { DocumentRow } from '../../db/queries/documents.ts'
import { DOCUMENT_KINDS, type DocumentKind } from '../../documents/document-kinds.ts'
import { DOCUMENT_MEDIA_TYPES, type DocumentMediaType } from '../../documents/media-type.ts'

export const documentSchema = z
  .object({
    id: z.string().uuid(),
    projectId: z.string().uuid(),
    kind: z.enum(DOCUMENT_KINDS),
    fileName: z.string().openapi({ description: 'The name the file was uploaded with.' }),
    mediaType: z.enum(DOCUMENT_MEDIA_TYPES).openapi({ description: 'Sniffed from the content (it agreed with the declared type).' }),
    sizeBytes: z.number().int(),
    sha256: z.string().openapi({ description: 'SHA-256 of the bytes, lower-case hex.', example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }),
    public: z.boolean().openapi({ description: 'Shown in the public disclosure (公示) once the project is approved.' }),
    uploadedBy: z.string().uuid().nullable(),
    createdAt: z.string(),
    downloadUrl: z.string(),
  })
  .openapi('Document')

export const documentIdParam = z.object({ documentId: z.string().uuid().openapi({ param: { name: 'documentId', in: 'path' } }) })

export function toDocumentResponse(row: DocumentRow): z.infer<typeof documentSchema> {
  return {
    id: row.id,
    projectId: row.projectId,
    kind: row.kind as DocumentKind,
    fileName: row.fileName,
    mediaType: row.mediaType as DocumentMediaType,
    // bigint text; at most MAX_DOCUMENT_BYTES (≤ 1 GiB), well inside a safe integer.
    sizeBytes: Number(row.sizeBytes),
    sha256: row.sha256,
    public: row.public,
    uploadedBy: row.uploadedBy,
    createdAt: row.createdAt.toISOString(),
    downloadUrl: `/api/v1/documents/${row.id}`,
  }
}

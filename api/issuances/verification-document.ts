import type { Sql } from '../db/client.ts'
import { ApiError } from '../errors/api-error.ts'
import type { Locale } from '../errors/catalog.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The seam where an issuance's verification evidence is checked. For now it
 * checks only that the id is a uuid (the documents table belongs to another
 * branch); once documents exist it must also check, with `tx`, that the
 * document belongs to `projectId` and is a verification report, refusing
 * otherwise with 400/409 and nothing changed.
 */
export async function assertVerificationDocument(_tx: Sql, _projectId: string, documentId: string, locale: Locale = 'en'): Promise<void> {
  if (!UUID.test(documentId)) {
    throw new ApiError('validation_failed', {
      params: { count: 1 },
      errors: [{ path: 'verificationDocumentId', code: 'invalid_format', message: locale === 'zh' ? '核查文件编号必须是 UUID' : 'The verification document id must be a UUID' }],
    })
  }
}

import type { DocumentStore } from './document-store.ts'

/** The default store: bytes in `document_blobs` (bytea), in the upload's own transaction. */
export function databaseDocumentStore(): DocumentStore {
  return {
    storage: 'database',
    async put(sql, key, bytes) {
      await sql`INSERT INTO document_blobs (document_id, bytes) VALUES (${key}, ${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)})`
    },
    async get(sql, key) {
      const [row]: [{ bytes: Buffer }?] = await sql`SELECT bytes FROM document_blobs WHERE document_id = ${key}`
      return row ? new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) : null
    },
    async delete(sql, key) {
      await sql`DELETE FROM document_blobs WHERE document_id = ${key}`
    },
  }
}

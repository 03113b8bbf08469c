import type { Sql } from '../db/client.ts'

export type DocumentStorage = 'database' | 'folder'

/**
 * Where document bytes live, behind one interface (issue 11 item 1). Every call
 * gets the caller's `sql` (inside an upload, the transaction): the database
 * store writes with it so the bytes commit or roll back with the metadata; the
 * folder store ignores it, and the upload deletes the file if the transaction fails.
 * Keys are document ids (UUIDs), never client text.
 */
export type DocumentStore = {
  readonly storage: DocumentStorage
  put(sql: Sql, key: string, bytes: Uint8Array): Promise<void>
  get(sql: Sql, key: string): Promise<Uint8Array | null>
  delete(sql: Sql, key: string): Promise<void>
}

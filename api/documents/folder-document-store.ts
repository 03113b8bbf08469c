import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { DocumentStore } from './document-store.ts'

const KEY = /^[0-9a-f-]{36}$/

/** A key becomes a file name only if it is a UUID: no client text ever reaches the path. */
function pathOf(dir: string, key: string): string {
  if (!KEY.test(key)) throw new Error(`document key ${JSON.stringify(key)} is not a UUID`)
  return join(dir, key)
}

/**
 * Bytes as files in one folder (DOCUMENT_STORE=folder, DOCUMENT_DIR). A put
 * writes a temporary file and renames it, so a reader never sees half a file.
 */
export function folderDocumentStore(dir: string): DocumentStore {
  let ready: Promise<unknown> | null = null
  return {
    storage: 'folder',
    async put(_sql, key, bytes) {
      ready ??= mkdir(dir, { recursive: true })
      await ready
      const target = pathOf(dir, key)
      const temporary = `${target}.${randomBytes(6).toString('hex')}.part`
      await writeFile(temporary, bytes, { flag: 'wx' })
      await rename(temporary, target)
    },
    async get(_sql, key) {
      try {
        return new Uint8Array(await readFile(pathOf(dir, key)))
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw err
      }
    },
    async delete(_sql, key) {
      await rm(pathOf(dir, key), { force: true })
    },
  }
}

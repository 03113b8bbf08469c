import { iter } from 'but-unzip'

export type ZipEntry = { name: string; bytes: Uint8Array }

/**
 * The files of a zip archive, without folders, macOS resource forks
 * (`__MACOSX/`, `._x`) and with at most `maxEntries` entries read. Returns
 * undefined when the archive cannot be read.
 */
export async function readZip(bytes: Uint8Array, maxEntries = 200): Promise<ZipEntry[] | undefined> {
  try {
    const out: ZipEntry[] = []
    for (const item of iter(bytes)) {
      const name = item.filename
      if (name.endsWith('/') || name.includes('__MACOSX/') || /(^|\/)\._/.test(name)) continue
      if (out.length >= maxEntries) break
      out.push({ name, bytes: await item.read() })
    }
    return out
  } catch {
    return undefined
  }
}

export const baseName = (name: string) => name.split('/').pop() ?? name
export const extensionOf = (name: string) => (/\.([^./]+)$/.exec(name)?.[1] ?? '').toLowerCase()
export const withoutExtension = (name: string) => name.replace(/\.[^./]+$/, '')

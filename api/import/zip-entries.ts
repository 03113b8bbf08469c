import yauzl from 'yauzl'
import type { Bilingual } from '../../methodologies/types.ts'

export type ZipEntry = { name: string; bytes: Uint8Array }

/** What an uploaded archive may hold. A zip is untrusted input: its headers are read before anything is inflated. */
export type ZipLimits = {
  /** Entries in the central directory, folders and macOS forks included. */
  maxEntries: number
  /** Uncompressed bytes of one entry. */
  maxEntryBytes: number
  /** Uncompressed bytes of all entries read. */
  maxTotalBytes: number
  /** Uncompressed ÷ compressed size of an entry larger than `ratioFloorBytes` (a zip bomb reaches 1000:1). */
  maxRatio: number
  ratioFloorBytes: number
}

/**
 * Far above any real KMZ or zipped Shapefile (a few files, text and shapes
 * compress 3–20×), far below what a 10 MB upload could inflate to.
 */
export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 1000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
}

/** `limit` marks a refusal by a safety limit (the archive may be fine, just too big), not a damaged archive. */
export type ZipRead = { ok: true; entries: ZipEntry[] } | { ok: false; error: Bilingual; limit?: true }

const MiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`

/**
 * The files of a zip archive, without folders and macOS resource forks
 * (`__MACOSX/`, `._x`). Refuses, before inflating anything, an archive over
 * `limits`; yauzl refuses entries whose inflated size differs from their
 * header, so a lying header cannot get past the limits. Never throws: a
 * truncated or otherwise damaged archive is a value.
 */
export function readZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): Promise<ZipRead> {
  return new Promise((resolve) => {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (openError, zip) => {
      if (openError || !zip) return resolve(damaged(openError))
      let settled = false
      const finish = (result: ZipRead) => {
        if (settled) return
        settled = true
        zip.close()
        resolve(result)
      }
      const entries: ZipEntry[] = []
      let totalBytes = 0
      // Registered before the first read: an 'error' without a listener would be thrown out of the event loop.
      zip.on('error', (err: Error) => finish(damaged(err)))
      zip.on('end', () => finish({ ok: true, entries }))
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName
        if (name.endsWith('/') || name.includes('__MACOSX/') || /(^|\/)\._/.test(name)) return zip.readEntry()
        const refusal = entryRefusal(entry, totalBytes, limits)
        if (refusal) return finish({ ok: false, error: refusal, limit: true })
        totalBytes += entry.uncompressedSize
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return finish(damaged(streamError))
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('error', (err: Error) => finish(damaged(err)))
          stream.on('end', () => {
            entries.push({ name, bytes: new Uint8Array(Buffer.concat(chunks)) })
            zip.readEntry()
          })
        })
      })
      if (zip.entryCount > limits.maxEntries) {
        return finish({
          ok: false,
          limit: true,
          error: {
            en: `The archive holds ${zip.entryCount} entries; at most ${limits.maxEntries} are read.`,
            zh: `压缩包包含 ${zip.entryCount} 个条目；最多读取 ${limits.maxEntries} 个。`,
          },
        })
      }
      zip.readEntry()
    })
  })
}

function entryRefusal(entry: yauzl.Entry, totalBytes: number, limits: ZipLimits): Bilingual | undefined {
  const size = entry.uncompressedSize
  const name = baseName(entry.fileName)
  if (size > limits.maxEntryBytes) {
    return { en: `${name} inflates to ${MiB(size)}; an entry may be at most ${MiB(limits.maxEntryBytes)}.`, zh: `${name} 解压后为 ${MiB(size)}；单个条目最大 ${MiB(limits.maxEntryBytes)}。` }
  }
  if (totalBytes + size > limits.maxTotalBytes) {
    return { en: `The archive inflates to more than ${MiB(limits.maxTotalBytes)}.`, zh: `压缩包解压后超过 ${MiB(limits.maxTotalBytes)}。` }
  }
  if (size > limits.ratioFloorBytes && size > Math.max(entry.compressedSize, 1) * limits.maxRatio) {
    const ratio = Math.round(size / Math.max(entry.compressedSize, 1))
    return {
      en: `${name} is compressed ${ratio}:1, more than the ${limits.maxRatio}:1 a real file reaches (a zip bomb?).`,
      zh: `${name} 的压缩比为 ${ratio}:1，超过正常文件的 ${limits.maxRatio}:1（疑似压缩炸弹）。`,
    }
  }
  return undefined
}

function damaged(err: Error | null | undefined): ZipRead {
  const reason = err?.message ?? ''
  // yauzl names the entry: an archive made to write outside its folder is not an interrupted download.
  if (/^(invalid relative path|absolute path|invalid characters in fileName)/.test(reason)) {
    return { ok: false, error: { en: `The archive holds an entry with an unsafe path (${reason}).`, zh: `压缩包中含有不安全路径的条目（${reason}）。` } }
  }
  return { ok: false, error: { en: 'The zip archive is damaged and cannot be opened.', zh: '压缩包已损坏，无法打开。' } }
}

export const baseName = (name: string) => name.split('/').pop() ?? name
export const extensionOf = (name: string) => (/\.([^./]+)$/.exec(name)?.[1] ?? '').toLowerCase()
export const withoutExtension = (name: string) => name.replace(/\.[^./]+$/, '')

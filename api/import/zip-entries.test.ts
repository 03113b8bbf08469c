import { describe, expect, it } from 'vitest'
import { zipFiles } from '../../test/fixtures/import/zip-writer.ts'
import { readZip, type ZipLimits } from './zip-entries.ts'

const enc = new TextEncoder()
const small: ZipLimits = { maxEntries: 5, maxEntryBytes: 1000, maxTotalBytes: 1500, maxRatio: 10, ratioFloorBytes: 100 }
const file = (name: string, size: number, deflate = false) => ({ name, bytes: new Uint8Array(size).fill(0x41), deflate })

describe('readZip', () => {
  it('reads stored and deflated entries, leaving out folders and macOS forks', async () => {
    const zip = zipFiles([
      { name: 'a/doc.kml', bytes: enc.encode('<kml/>') },
      { name: 'a/', bytes: new Uint8Array() },
      { name: '__MACOSX/a/._doc.kml', bytes: enc.encode('fork') },
      { name: 'a/._doc.kml', bytes: enc.encode('fork') },
      { name: 'b.txt', bytes: enc.encode('hello hello hello'), deflate: true },
    ])
    const read = await readZip(zip, small)
    expect(read).toEqual({ ok: true, entries: [{ name: 'a/doc.kml', bytes: enc.encode('<kml/>') }, { name: 'b.txt', bytes: enc.encode('hello hello hello') }] })
  })

  it('a truncated archive (an interrupted download) is damaged, at any cut', async () => {
    const zip = zipFiles([{ name: 'doc.kml', bytes: enc.encode(`<kml>${'x'.repeat(500)}</kml>`), deflate: true }, file('b.dbf', 300)])
    for (const cut of [1, 4, 30, 200, zip.length - 60, zip.length - 22, zip.length - 1]) {
      const read = await readZip(zip.subarray(0, cut), small)
      expect(read, `cut at ${cut} of ${zip.length}`).toEqual({ ok: false, error: { en: 'The zip archive is damaged and cannot be opened.', zh: '压缩包已损坏，无法打开。' } })
    }
  })

  it('refuses more entries than the limit before reading any', async () => {
    const read = await readZip(zipFiles(Array.from({ length: 6 }, (_, i) => file(`f${i}.txt`, 1))), small)
    expect(read).toMatchObject({ ok: false, limit: true, error: { en: 'The archive holds 6 entries; at most 5 are read.' } })
  })

  it('refuses an entry over the per-entry size, and entries over the total size', async () => {
    expect(await readZip(zipFiles([file('big.shp', 1001)]), small)).toMatchObject({ ok: false, limit: true, error: { en: expect.stringMatching(/^big\.shp inflates to/) } })
    expect(await readZip(zipFiles([file('a.shp', 800), file('b.dbf', 701)]), small)).toMatchObject({ ok: false, limit: true, error: { en: expect.stringMatching(/^The archive inflates to more than/) } })
    expect(await readZip(zipFiles([file('a.shp', 800), file('b.dbf', 700)]), small)).toMatchObject({ ok: true })
  })

  it('refuses a compression ratio above the limit (a zip bomb), only above the size floor', async () => {
    // 1000 bytes of one letter deflate to a dozen bytes: far above 10:1.
    const bomb = await readZip(zipFiles([file('bomb.kml', 1000, true)]), small)
    expect(bomb).toMatchObject({ ok: false, limit: true, error: { en: expect.stringMatching(/^bomb\.kml is compressed \d+:1, more than the 10:1/) } })
    // Below the floor a high ratio is an ordinary small file.
    expect(await readZip(zipFiles([file('tiny.prj', 100, true)]), small)).toMatchObject({ ok: true })
  })

  it('a header that understates the inflated size is refused as damaged, not inflated past it', async () => {
    const lying = zipFiles([{ name: 'doc.kml', bytes: new Uint8Array(100_000), deflate: true, declaredSize: 900 }])
    expect(await readZip(lying, { ...small, maxRatio: 1e9 })).toMatchObject({ ok: false, error: { en: 'The zip archive is damaged and cannot be opened.' } })
  })

  it('an entry whose path climbs out of the archive (../) is refused, naming it', async () => {
    const read = await readZip(zipFiles([{ name: '../../evil.kml', bytes: enc.encode('<kml/>') }]), small)
    expect(read).toEqual({
      ok: false,
      error: { en: 'The archive holds an entry with an unsafe path (invalid relative path: ../../evil.kml).', zh: '压缩包中含有不安全路径的条目（invalid relative path: ../../evil.kml）。' },
    })
  })
})

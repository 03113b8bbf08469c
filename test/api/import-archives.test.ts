import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { box, createProject } from '../fixtures/import/sites.ts'
import { zipFiles, type ZipFileSpec } from '../fixtures/import/zip-writer.ts'
import { createTestContext, loginCookie, tableCounts, type TestContext } from '../support/test-app.ts'

// Untrusted archives (issue 9): a KMZ or zipped Shapefile is read by yauzl in a
// worker thread with entry, size and ratio limits; nothing in it can hang or
// crash the server.

let ctx: TestContext
let owner: string
let projectId: string
beforeAll(async () => {
  ctx = await createTestContext({ config: { maxBodyBytes: 10 * 1024 * 1024 } })
  owner = await loginCookie(ctx, 'owner@demo.test')
  projectId = await createProject(ctx, owner, '压缩包导入测试')
})
afterAll(async () => ctx?.close())

const enc = new TextEncoder()
const kml = (name: string, lon: number, lat: number) =>
  enc.encode(
    `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>${name}</name><Polygon><outerBoundaryIs><LinearRing><coordinates>${box(lon, lat, 0.01, 0.01).map((c) => c.join(',')).join(' ')}</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>`,
  )

function upload(bytes: Uint8Array, fileName: string, language = 'en') {
  const form = new FormData()
  form.append('file', new File([new Uint8Array(bytes)], fileName))
  return ctx.app.request(`/api/v1/projects/${projectId}/sites/import`, { method: 'POST', body: form, headers: { cookie: owner, 'accept-language': language } })
}

/** Proves an upload was refused with `status`/`code` as problem+json and stored nothing. */
async function expectRefused(files: ZipFileSpec[] | Uint8Array, fileName: string, status: number, code: string, language = 'en') {
  const before = await tableCounts(ctx.sql)
  const res = await upload(files instanceof Uint8Array ? files : zipFiles(files), fileName, language)
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  const problem = await res.json()
  expect(problem.code).toBe(code)
  expect(await tableCounts(ctx.sql)).toEqual(before)
  return problem
}

describe('untrusted archives', () => {
  it('a truncated KMZ (an interrupted download) answers 400 at once instead of hanging the server', async () => {
    // With but-unzip this request never returned: its search for the end record looped forever on the event loop.
    const kmz = zipFiles([{ name: 'doc.kml', bytes: kml('断点', 113.3, 22.3), deflate: true }])
    for (const cut of [kmz.length - 40, Math.floor(kmz.length / 2)]) {
      const problem = await expectRefused(kmz.subarray(0, cut), 'survey.kmz', 400, 'invalid_upload')
      expect(problem.detail).toBe('The zip archive is damaged and cannot be opened.')
    }
    const zh = await expectRefused(kmz.subarray(0, kmz.length - 1), 'survey.kmz', 400, 'invalid_upload', 'zh-CN')
    expect(zh.detail).toBe('压缩包已损坏，无法打开。')
    // The server still serves: the same KMZ, whole, imports.
    const whole = await upload(kmz, 'survey.kmz')
    expect(whole.status).toBe(200)
    expect((await whole.json()).imported[0].name).toBe('断点')
  })

  it('a zip bomb (20 MiB of zeros in a few kB) → 422 upload_too_complex, in zh and en; nothing stored', async () => {
    const bomb: ZipFileSpec[] = [{ name: 'doc.kml', bytes: new Uint8Array(20 * 1024 * 1024), deflate: true }]
    const en = await expectRefused(bomb, 'bomb.kmz', 422, 'upload_too_complex')
    expect(en.title).toBe('Upload too large or complex')
    expect(en.detail).toMatch(/^doc\.kml is compressed \d+:1, more than the 200:1 a real file reaches/)
    const zh = await expectRefused(bomb, 'bomb.kmz', 422, 'upload_too_complex', 'zh-CN')
    expect(zh.title).toBe('上传文件过大或过于复杂')
    expect(zh.detail).toMatch(/^doc\.kml 的压缩比为 \d+:1/)
  })

  it('more than 1,000 entries → 422 before any is read; nothing stored', async () => {
    const files = Array.from({ length: 1001 }, (_, i) => ({ name: `part${i}.txt`, bytes: enc.encode('x') }))
    const problem = await expectRefused(files, 'many.zip', 422, 'upload_too_complex')
    expect(problem.detail).toBe('The archive holds 1001 entries; at most 1000 are read.')
  })

  it('a zip inside the zip is not opened: only the outer archive\'s KML is imported', async () => {
    const inner = zipFiles([{ name: 'doc.kml', bytes: kml('内层', 113.32, 22.32) }])
    const res = await upload(zipFiles([{ name: 'doc.kml', bytes: kml('外层', 113.34, 22.32) }, { name: 'inner.kmz', bytes: inner }]), 'nested.kmz')
    expect(res.status).toBe(200)
    expect((await res.json()).imported.map((s: { name: string }) => s.name)).toEqual(['外层'])
    // With nothing but a nested zip, there is nothing to read.
    const only = await expectRefused([{ name: 'inner.zip', bytes: inner }], 'nested.zip', 400, 'invalid_upload')
    expect(only.detail).toBe('The zip holds no .shp file (found: inner.zip). Zip the .shp together with its .shx, .dbf and .prj.')
  })

  it('an entry path with ../ is refused as unsafe (entries are never written to disk anyway); nothing stored', async () => {
    const problem = await expectRefused([{ name: '../../doc.kml', bytes: kml('越界', 113.36, 22.32) }], 'escape.kmz', 400, 'invalid_upload')
    expect(problem.detail).toBe('The archive holds an entry with an unsafe path (invalid relative path: ../../doc.kml).')
  })
})

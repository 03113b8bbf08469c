import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../api/app.ts'
import { folderDocumentStore } from '../../api/documents/folder-document-store.ts'
import { createLogger } from '../../api/logger.ts'
import { documentForm, pdfBytes, pngBytes, sha256Hex, zipBytes } from '../fixtures/documents/files.ts'
import { addOwnerOrganisation, createProject } from '../fixtures/import/sites.ts'
import { createTestContext, loginCookie, sendingOrigin, tableCounts, type TestContext } from '../support/test-app.ts'

let ctx: TestContext
let owner: string
let reviewer: string
let bank: string
let buyer: string
let admin: string
let other: { cookie: string; organisationId: string }
let projectId: string

beforeAll(async () => {
  ctx = await createTestContext()
  owner = await loginCookie(ctx, 'owner@demo.test')
  reviewer = await loginCookie(ctx, 'reviewer@demo.test')
  bank = await loginCookie(ctx, 'bank@demo.test')
  buyer = await loginCookie(ctx, 'buyer@demo.test')
  admin = await loginCookie(ctx, 'admin@demo.test')
  other = await addOwnerOrganisation(ctx, 'owner2@documents.test', '另一开发公司（文件测试）')
  projectId = await createProject(ctx, owner, '文件测试项目')
})
afterAll(async () => ctx?.close())

type Problem = { code: string; status: number; title: string; detail: string; errors?: { path: string; code: string }[] }

const upload = (form: FormData, cookie: string, options: { project?: string; lang?: string; app?: TestContext['app'] } = {}) =>
  (options.app ?? ctx.app).request(`/api/v1/projects/${options.project ?? projectId}/documents`, {
    method: 'POST',
    headers: { cookie, 'accept-language': options.lang ?? 'en' },
    body: form,
  })
const get = (path: string, cookie: string, app = ctx.app) => app.request(path, { headers: { cookie } })

/** Sends a request that must be refused with `status`/`code`, and proves the database did not change. */
async function refused(send: () => Promise<Response> | Response, status: number, code: string): Promise<Problem> {
  const before = await tableCounts(ctx.sql)
  const res = await send()
  const problem = (await res.json()) as Problem
  expect(res.status, JSON.stringify(problem)).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  expect(problem.code).toBe(code)
  expect(await tableCounts(ctx.sql)).toEqual(before)
  return problem
}

async function setStatus(id: string, status: string) {
  await ctx.sql`UPDATE projects SET status = ${status} WHERE id = ${id}`
}

describe('upload, list, download', () => {
  it('round trip: the stored SHA-256, size and type are the file\'s, the bytes come back identical, audited', async () => {
    const bytes = pdfBytes(5000, 1)
    const res = await upload(documentForm({ bytes, name: '海域使用权证.pdf', type: 'application/pdf' }, { kind: 'land_tenure', public: 'true' }), owner)
    expect(res.status).toBe(201)
    const doc = await res.json()
    expect(doc).toMatchObject({ projectId, kind: 'land_tenure', fileName: '海域使用权证.pdf', mediaType: 'application/pdf', sizeBytes: 5000, sha256: sha256Hex(bytes), public: true })
    expect(doc.downloadUrl).toBe(`/api/v1/documents/${doc.id}`)

    const list = await (await get(`/api/v1/projects/${projectId}/documents`, owner)).json()
    expect(list.documents.map((d: { id: string }) => d.id)).toContain(doc.id)

    const download = await get(doc.downloadUrl, owner)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/pdf')
    expect(download.headers.get('x-content-type-options')).toBe('nosniff')
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="______.pdf"; filename*=UTF-8''${encodeURIComponent('海域使用权证.pdf')}`)
    const back = new Uint8Array(await download.arrayBuffer())
    expect(back.byteLength).toBe(5000)
    expect(sha256Hex(back)).toBe(sha256Hex(bytes))

    const [event] = await ctx.sql<{ action: string; payload: { documentId: string; sha256: string } }[]>`
      SELECT action, payload FROM audit_events WHERE subject_id = ${projectId} AND action = 'document.upload' ORDER BY id DESC LIMIT 1`
    expect(event!.payload).toMatchObject({ documentId: doc.id, sha256: sha256Hex(bytes) })
    const [blob] = await ctx.sql<{ n: number }[]>`SELECT octet_length(bytes)::int AS n FROM document_blobs WHERE document_id = ${doc.id}`
    expect(blob!.n).toBe(5000)
  })

  it('a 1.5 MiB file passes although the JSON body limit of this app is 1 MiB (the upload has its own)', async () => {
    expect(ctx.config.maxBodyBytes).toBe(1024 * 1024)
    const bytes = pngBytes(1.5 * 1024 * 1024, 2)
    const res = await upload(documentForm({ bytes, name: 'map.png', type: 'image/png' }, { kind: 'other' }), owner)
    expect(res.status).toBe(201)
    expect(await res.json()).toMatchObject({ mediaType: 'image/png', sizeBytes: bytes.byteLength, sha256: sha256Hex(bytes), public: false })
  })

  it('application/octet-stream is accepted when the extension names the sniffed type; the stored type is the sniffed one', async () => {
    const res = await upload(documentForm({ bytes: zipBytes(800, 3), name: 'boundary.ZIP', type: 'application/octet-stream' }, { kind: 'design_document' }), owner)
    expect(res.status).toBe(201)
    expect((await res.json()).mediaType).toBe('application/zip')
  })
})

describe('refused uploads change nothing', () => {
  it('PNG content declared as PDF → 415 in Chinese', async () => {
    const problem = await refused(() => upload(documentForm({ bytes: pngBytes(), name: 'deed.pdf', type: 'application/pdf' }), owner, { lang: 'zh' }), 415, 'unsupported_document_type')
    expect(problem.title).toBe('不支持的文件类型')
    expect(problem.detail).toBe('文件内容为 image/png，但声明的类型为 application/pdf；请声明文件的真实类型。')
  })

  it('HTML declared as PDF → 415; octet-stream PNG named .pdf → 415', async () => {
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>')
    const problem = await refused(() => upload(documentForm({ bytes: html, name: 'deed.pdf', type: 'application/pdf' }), owner), 415, 'unsupported_document_type')
    expect(problem.detail).toBe("The file's content is not a PDF, PNG, JPEG, WebP image or ZIP archive (declared as application/pdf).")
    await refused(() => upload(documentForm({ bytes: pngBytes(), name: 'deed.pdf', type: 'application/octet-stream' }), owner), 415, 'unsupported_document_type')
  })

  it('an empty file → 415', async () => {
    await refused(() => upload(documentForm({ bytes: new Uint8Array(), name: 'empty.pdf', type: 'application/pdf' }), owner), 415, 'unsupported_document_type')
  })

  it('unknown kind, an extra field, no file → 400 at the field', async () => {
    const file = { bytes: pdfBytes(), name: 'a.pdf', type: 'application/pdf' }
    const badKind = await refused(() => upload(documentForm(file, { kind: 'passport' }), owner), 400, 'validation_failed')
    expect(badKind.errors?.map((e) => e.path)).toEqual(['kind'])
    const extra = await refused(() => upload(documentForm(file, { kind: 'other', owner: 'me' }), owner), 400, 'validation_failed')
    expect(extra.errors?.map((e) => e.path)).toEqual(['owner'])
    const form = new FormData()
    form.append('kind', 'other')
    const noFile = await refused(() => upload(form, owner), 400, 'validation_failed')
    expect(noFile.errors?.map((e) => e.path)).toEqual(['file'])
    const badPublic = await refused(() => upload(documentForm(file, { kind: 'other', public: 'yes please' }), owner), 400, 'validation_failed')
    expect(badPublic.errors?.map((e) => e.path)).toEqual(['public'])
  })

  describe('over the configured cap (4 KiB in this app) → 413', () => {
    let small: TestContext['app']
    beforeAll(() => {
      small = sendingOrigin(createApp({ sql: ctx.sql, now: () => ctx.clock.now, logger: createLogger('silent'), config: { ...ctx.config, maxDocumentBytes: 4096 } }))
    })

    it('a file just over the cap (within the multipart allowance) is refused by its exact size', async () => {
      const problem = await refused(() => upload(documentForm({ bytes: pdfBytes(4097), name: 'a.pdf', type: 'application/pdf' }), owner, { app: small }), 413, 'payload_too_large')
      expect(problem.detail).toBe('The request body exceeds the limit of 4096 bytes.')
    })

    it('a body far over the cap is refused by the body limit, before the form is parsed', async () => {
      await refused(() => upload(documentForm({ bytes: pdfBytes(300 * 1024), name: 'a.pdf', type: 'application/pdf' }), owner, { app: small }), 413, 'payload_too_large')
    })

    it('a file at the cap passes', async () => {
      const res = await upload(documentForm({ bytes: pdfBytes(4096, 9), name: 'a.pdf', type: 'application/pdf' }), owner, { app: small })
      expect(res.status).toBe(201)
    })

    it('the larger limit is the upload route\'s only: a JSON body over MAX_BODY_BYTES elsewhere is still 413', async () => {
      const body = JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10), sinkType: 'mangrove' })
      await refused(() => ctx.app.request('/api/v1/projects', { method: 'POST', headers: { cookie: owner, 'content-type': 'application/json' }, body }), 413, 'payload_too_large')
    })
  })
})

describe('who may add and read documents', () => {
  const file = () => ({ bytes: pdfBytes(1200, 11), name: 'report.pdf', type: 'application/pdf' })

  it('another organisation\'s owner: the draft is hidden (404) for upload, list and download', async () => {
    const res = await upload(documentForm(file(), { kind: 'other' }), owner)
    const doc = await res.json()
    await refused(() => upload(documentForm(file(), { kind: 'other' }), other.cookie), 404, 'not_found')
    expect((await get(`/api/v1/projects/${projectId}/documents`, other.cookie)).status).toBe(404)
    const hidden = await get(doc.downloadUrl, other.cookie)
    expect(hidden.status).toBe(404)
    // Named exactly as a missing document.
    const missing = await get('/api/v1/documents/00000000-0000-4000-8000-000000000000', other.cookie)
    expect(await hidden.json()).toMatchObject({ code: 'not_found', detail: (await missing.json()).detail })
  })

  it('once submitted: reviewers and banks read and download, but cannot add (403); buyers and other owners see nothing (404)', async () => {
    const project = await createProject(ctx, owner, '已提交的文件项目')
    const doc = await (await upload(documentForm(file(), { kind: 'design_document' }), owner, { project })).json()
    await setStatus(project, 'submitted')
    for (const cookie of [reviewer, bank, admin]) {
      const list = await (await get(`/api/v1/projects/${project}/documents`, cookie)).json()
      expect(list.documents.map((d: { id: string }) => d.id)).toEqual([doc.id])
      expect((await get(doc.downloadUrl, cookie)).status).toBe(200)
    }
    for (const cookie of [reviewer, bank]) await refused(() => upload(documentForm(file(), { kind: 'other' }), cookie, { project }), 403, 'forbidden')
    for (const cookie of [buyer, other.cookie]) {
      expect((await get(`/api/v1/projects/${project}/documents`, cookie)).status).toBe(404)
      expect((await get(doc.downloadUrl, cookie)).status).toBe(404)
    }
  })

  it('during review the owner adds nothing (409); once registered, monitoring and verification reports only', async () => {
    const project = await createProject(ctx, owner, '审核中的文件项目')
    await setStatus(project, 'under_review')
    for (const kind of ['land_tenure', 'monitoring_report']) {
      await refused(() => upload(documentForm(file(), { kind }), owner, { project }), 409, 'project_not_editable')
    }
    await setStatus(project, 'registered')
    await refused(() => upload(documentForm(file(), { kind: 'design_document' }), owner, { project }), 409, 'project_not_editable')
    for (const kind of ['monitoring_report', 'verification_report']) {
      expect((await upload(documentForm(file(), { kind }), owner, { project })).status).toBe(201)
    }
  })

  it('an admin adds to any organisation\'s project; unauthenticated callers get 401', async () => {
    const project = await createProject(ctx, other.cookie, '管理员代传')
    expect((await upload(documentForm(file(), { kind: 'land_tenure' }), admin, { project })).status).toBe(201)
    await refused(() => ctx.app.request(`/api/v1/projects/${project}/documents`, { method: 'POST', body: documentForm(file(), { kind: 'other' }) }), 401, 'unauthenticated')
  })
})

describe('the folder store (DOCUMENT_STORE=folder)', () => {
  let dir: string
  let app: TestContext['app']
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bc-documents-'))
    app = sendingOrigin(createApp({ sql: ctx.sql, now: () => ctx.clock.now, logger: createLogger('silent'), config: ctx.config, documentStore: folderDocumentStore(join(dir, 'docs')) }))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('keeps the bytes as a file named by the document id, none in the database, and serves them back', async () => {
    const bytes = pdfBytes(3000, 21)
    const res = await upload(documentForm({ bytes, name: 'vcs-pd.pdf', type: 'application/pdf' }, { kind: 'design_document' }), owner, { app })
    expect(res.status).toBe(201)
    const doc = await res.json()
    const onDisk = readFileSync(join(dir, 'docs', doc.id))
    expect(sha256Hex(onDisk)).toBe(sha256Hex(bytes))
    const [row] = await ctx.sql<{ storage: string; blobs: number }[]>`
      SELECT storage, (SELECT count(*)::int FROM document_blobs WHERE document_id = ${doc.id}) AS blobs FROM project_documents WHERE id = ${doc.id}`
    expect(row).toEqual({ storage: 'folder', blobs: 0 })
    const back = await get(doc.downloadUrl, owner, app)
    expect(sha256Hex(new Uint8Array(await back.arrayBuffer()))).toBe(sha256Hex(bytes))
  })

  it('refused uploads (409 status, 415 content) leave no file behind', async () => {
    const project = await createProject(ctx, owner, '文件夹存储拒绝')
    await setStatus(project, 'submitted')
    const before = readdirSync(join(dir, 'docs')).sort()
    await refused(() => upload(documentForm({ bytes: pdfBytes(), name: 'x.pdf', type: 'application/pdf' }, { kind: 'land_tenure' }), owner, { app, project }), 409, 'project_not_editable')
    await refused(() => upload(documentForm({ bytes: pngBytes(), name: 'x.pdf', type: 'application/pdf' }, { kind: 'land_tenure' }), owner, { app }), 415, 'unsupported_document_type')
    expect(readdirSync(join(dir, 'docs')).sort()).toEqual(before)
  })
})

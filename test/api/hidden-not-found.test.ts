import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addOwnerOrganisation, box, createProject, createSite, polygon } from '../fixtures/import/sites.ts'
import { createTestContext, loginCookie, tableCounts, type TestContext } from '../support/test-app.ts'
import { zeroMangroveServices } from '../fixtures/valuation/zero-mangrove-services.ts'

/**
 * A hidden object must be indistinguishable from a missing one: same status,
 * code, title, detail and headers. The hidden objects here all belong to the
 * demo owner's organisation and sit in a draft project, which nobody outside
 * that organisation (except admins) may see.
 */
let ctx: TestContext
let ids: Record<'projectId' | 'siteId' | 'estimateId' | 'valuationId' | 'tokenId' | 'documentId', string>
let viewers: Record<string, string>

const MISSING = '00000000-0000-4000-8000-00000000abcd'

const json = (method: string, body: unknown, cookie: string) => ({
  method,
  headers: { 'content-type': 'application/json', cookie },
  body: JSON.stringify(body),
})

async function created(res: Response): Promise<{ id: string; estimate: { id: string }; valuation: { id: string } }> {
  if (res.status !== 201) throw new Error(`setup: ${res.status} ${await res.text()}`)
  return res.json()
}

beforeAll(async () => {
  ctx = await createTestContext()
  const owner = await loginCookie(ctx, 'owner@demo.test')
  const projectId = await createProject(ctx, owner, 'hidden draft')
  const site = await createSite(ctx, owner, projectId, { name: 'hidden site', geometry: polygon(box(113.6, 22.3, 0.01, 0.01)) })
  const estimate = await created(
    await ctx.app.request('/api/v1/estimates', json('POST', { methodology: 'mangrove-afforestation', siteId: site.id, save: true, params: { startYear: 2026, creditingYears: 30 } }, owner)),
  )
  const valuation = await created(await ctx.app.request('/api/v1/valuations', json('POST', valuationBody(site.id, true), owner)))
  const token = await created(await ctx.app.request('/api/v1/tokens', json('POST', { name: 'hidden token' }, owner)))
  const document = await created(await ctx.app.request(`/api/v1/projects/${projectId}/documents`, { method: 'POST', headers: { cookie: owner }, body: documentForm('land_tenure') }))
  ids = { projectId, siteId: site.id, estimateId: estimate.estimate.id, valuationId: valuation.valuation.id, tokenId: token.id, documentId: document.id }
  viewers = {
    'owner of another organisation': (await addOwnerOrganisation(ctx, 'owner2@hidden.test', 'Other developer (hidden 404 test)')).cookie,
    'reviewer (drafts are not theirs to see)': await loginCookie(ctx, 'reviewer@demo.test'),
    buyer: await loginCookie(ctx, 'buyer@demo.test'),
  }
})
afterAll(async () => ctx?.close())

function valuationBody(siteId: string, save: boolean) {
  return {
    siteId,
    save,
    ecosystem: 'mangrove',
    carbonPrice: { series: 'GDEA' },
    params: {
      valuationYear: 2025,
      horizonYears: 4,
      discountRatePercent: 3,
      services: zeroMangroveServices(),
    },
  }
}

type Ids = typeof ids
type Headers = Record<string, string>
type Probe = { route: string; request(ids: Ids, headers: Headers): Promise<Response> }

const call = (method: string, path: string, body?: unknown) => async (headers: Headers) =>
  ctx.app.request(path, body === undefined ? { method, headers } : { method, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) })

function documentForm(kind: string): FormData {
  const form = new FormData()
  form.append('file', new File([new TextEncoder().encode('%PDF-1.7\n%hidden\n')], 'hidden.pdf', { type: 'application/pdf' }))
  form.append('kind', kind)
  return form
}

function importForm(): FormData {
  const form = new FormData()
  form.append('file', new File([JSON.stringify(polygon(box(113.7, 22.3, 0.01, 0.01)))], 'a.geojson'))
  return form
}

/** Every route that names an object by id, in its path, query or body. */
const PROBES: Probe[] = [
  { route: 'GET /api/v1/projects/{projectId}', request: (i, c) => call('GET', `/api/v1/projects/${i.projectId}`)(c) },
  { route: 'PATCH /api/v1/projects/{projectId}', request: (i, c) => call('PATCH', `/api/v1/projects/${i.projectId}`, { name: 'renamed' })(c) },
  { route: 'DELETE /api/v1/projects/{projectId}', request: (i, c) => call('DELETE', `/api/v1/projects/${i.projectId}`)(c) },
  { route: 'POST /api/v1/projects/{projectId}/submit', request: (i, c) => call('POST', `/api/v1/projects/${i.projectId}/submit`)(c) },
  { route: 'GET /api/v1/projects/{projectId}/sites', request: (i, c) => call('GET', `/api/v1/projects/${i.projectId}/sites`)(c) },
  {
    route: 'POST /api/v1/projects/{projectId}/sites',
    request: (i, c) => call('POST', `/api/v1/projects/${i.projectId}/sites`, { name: 'x', geometry: polygon(box(113.8, 22.3, 0.01, 0.01)) })(c),
  },
  {
    route: 'POST /api/v1/projects/{projectId}/sites/import',
    request: async (i, c) => ctx.app.request(`/api/v1/projects/${i.projectId}/sites/import`, { method: 'POST', headers: c, body: importForm() }),
  },
  { route: 'GET /api/v1/projects/{projectId}/sites.csv', request: (i, c) => call('GET', `/api/v1/projects/${i.projectId}/sites.csv`)(c) },
  { route: 'GET /api/v1/projects/{projectId}/sites.geojson', request: (i, c) => call('GET', `/api/v1/projects/${i.projectId}/sites.geojson`)(c) },
  { route: 'GET /api/v1/sites/{siteId}', request: (i, c) => call('GET', `/api/v1/sites/${i.siteId}`)(c) },
  { route: 'PATCH /api/v1/sites/{siteId}', request: (i, c) => call('PATCH', `/api/v1/sites/${i.siteId}`, { name: 'renamed' })(c) },
  { route: 'DELETE /api/v1/sites/{siteId}', request: (i, c) => call('DELETE', `/api/v1/sites/${i.siteId}`)(c) },
  { route: 'GET /api/v1/sites/{siteId}/overlaps', request: (i, c) => call('GET', `/api/v1/sites/${i.siteId}/overlaps`)(c) },
  { route: 'GET /api/v1/sites/{siteId}/report.html', request: (i, c) => call('GET', `/api/v1/sites/${i.siteId}/report.html`)(c) },
  { route: 'GET /api/v1/sites/{siteId}/report.pdf', request: (i, c) => call('GET', `/api/v1/sites/${i.siteId}/report.pdf`)(c) },
  {
    route: 'POST /api/v1/projects/{projectId}/documents',
    request: async (i, c) => ctx.app.request(`/api/v1/projects/${i.projectId}/documents`, { method: 'POST', headers: c, body: documentForm('other') }),
  },
  { route: 'GET /api/v1/projects/{projectId}/documents', request: (i, c) => call('GET', `/api/v1/projects/${i.projectId}/documents`)(c) },
  { route: 'GET /api/v1/projects/{projectId}/checks', request: (i, c) => call('GET', `/api/v1/projects/${i.projectId}/checks`)(c) },
  { route: 'GET /api/v1/projects/{projectId}/issuances', request: (i, c) => call('GET', `/api/v1/projects/${i.projectId}/issuances`)(c) },
  {
    route: 'POST /api/v1/projects/{projectId}/issuances',
    request: (i, c) =>
      call('POST', `/api/v1/projects/${i.projectId}/issuances`, { monitoringPeriod: { from: '2024-01-01', to: '2024-12-31' }, vintage: 2024, verifiedTco2e: 10, verifier: 'VVB', verificationDocumentId: MISSING })(c),
  },
  { route: 'GET /api/v1/projects/{projectId}/units', request: (i, c) => call('GET', `/api/v1/projects/${i.projectId}/units`)(c) },
  { route: 'GET /api/v1/documents/{documentId}', request: (i, c) => call('GET', `/api/v1/documents/${i.documentId}`)(c) },
  { route: 'GET /api/v1/estimates/{estimateId}', request: (i, c) => call('GET', `/api/v1/estimates/${i.estimateId}`)(c) },
  { route: 'POST /api/v1/estimates/{estimateId}/rerun', request: (i, c) => call('POST', `/api/v1/estimates/${i.estimateId}/rerun`)(c) },
  { route: 'GET /api/v1/valuations/{valuationId}', request: (i, c) => call('GET', `/api/v1/valuations/${i.valuationId}`)(c) },
  { route: 'POST /api/v1/projects/{projectId}/review', request: (i, c) => call('POST', `/api/v1/projects/${i.projectId}/review`, { action: 'start' })(c) },
  { route: 'GET /api/v1/projects/{projectId}/reviews', request: (i, c) => call('GET', `/api/v1/projects/${i.projectId}/reviews`)(c) },
  { route: 'GET /api/v1/projects/{projectId}/findings', request: (i, c) => call('GET', `/api/v1/projects/${i.projectId}/findings`)(c) },
  {
    route: 'POST /api/v1/projects/{projectId}/findings',
    request: (i, c) => call('POST', `/api/v1/projects/${i.projectId}/findings`, { target: { type: 'project', id: i.projectId }, text: 'x' })(c),
  },
  { route: 'DELETE /api/v1/tokens/{tokenId}', request: (i, c) => call('DELETE', `/api/v1/tokens/${i.tokenId}`)(c) },
  { route: 'GET /api/v1/estimates?siteId', request: (i, c) => call('GET', `/api/v1/estimates?siteId=${i.siteId}`)(c) },
  { route: 'GET /api/v1/valuations?siteId', request: (i, c) => call('GET', `/api/v1/valuations?siteId=${i.siteId}`)(c) },
  {
    route: 'POST /api/v1/estimates {siteId}',
    request: (i, c) => call('POST', '/api/v1/estimates', { methodology: 'mangrove-afforestation', siteId: i.siteId, params: { startYear: 2026, creditingYears: 30 } })(c),
  },
  {
    route: 'POST /api/v1/estimates {siteId, save}',
    request: (i, c) => call('POST', '/api/v1/estimates', { methodology: 'mangrove-afforestation', siteId: i.siteId, save: true, params: { startYear: 2026, creditingYears: 30 } })(c),
  },
  { route: 'POST /api/v1/valuations {siteId}', request: (i, c) => call('POST', '/api/v1/valuations', valuationBody(i.siteId, false))(c) },
  { route: 'POST /api/v1/valuations {siteId, save}', request: (i, c) => call('POST', '/api/v1/valuations', valuationBody(i.siteId, true))(c) },
]

/** What a caller can observe of a refusal, minus the per-request id. */
async function observable(res: Response) {
  const { requestId: _requestId, ...body } = await res.json()
  return { status: res.status, contentType: res.headers.get('content-type'), contentLanguage: res.headers.get('content-language'), body }
}

const missingIds = (): Ids => ({ projectId: MISSING, siteId: MISSING, estimateId: MISSING, valuationId: MISSING, tokenId: MISSING, documentId: MISSING })

describe('404 for hidden and missing objects alike', () => {
  it('the probe table covers every route with an object id in its path (public methodologies, findings, disclosures and saved collateral valuations aside)', async () => {
    const doc = await (await ctx.app.request('/api/openapi.json')).json()
    const withIds = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      // Findings exist only on projects past draft, and disclosures are public: their hidden-404
      // cases are proven in review-access.test.ts; a saved collateral valuation is readable only by the
      // organisation that saved it (collateral.test.ts).
      .filter(([path]) => /\{\w+\}/.test(path) && !/^\/api\/v1\/(methodologies|findings|disclosures|public\/disclosures|collateral)\//.test(path))
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`))
    expect(withIds.length).toBeGreaterThan(15)
    expect(PROBES.map((p) => p.route)).toEqual(expect.arrayContaining(withIds))
  })

  for (const language of ['en', 'zh-CN']) {
    it(`every such route answers a hidden object exactly like a missing one (${language}), and changes nothing`, async () => {
      const before = await tableCounts(ctx.sql)
      const differences: string[] = []
      for (const [who, cookie] of Object.entries(viewers)) {
        const headers = { cookie, 'accept-language': language }
        for (const probe of PROBES) {
          const hidden = await observable(await probe.request(ids, headers))
          const missing = await observable(await probe.request(missingIds(), headers))
          if (hidden.status !== 404) differences.push(`${probe.route} as ${who}: hidden answered ${hidden.status}`)
          else if (JSON.stringify(hidden) !== JSON.stringify(missing)) differences.push(`${probe.route} as ${who}: ${JSON.stringify(hidden)} ≠ ${JSON.stringify(missing)}`)
        }
      }
      expect(differences).toEqual([])
      expect(await tableCounts(ctx.sql)).toEqual(before)
    })
  }

  it('the owner still reaches every object (the ids are real, so the 404s above are hiding, not missing)', async () => {
    const owner = await loginCookie(ctx, 'owner@demo.test')
    for (const path of [`/api/v1/projects/${ids.projectId}`, `/api/v1/sites/${ids.siteId}`, `/api/v1/estimates/${ids.estimateId}`, `/api/v1/valuations/${ids.valuationId}`, `/api/v1/documents/${ids.documentId}`]) {
      expect((await ctx.app.request(path, { headers: { cookie: owner } })).status, path).toBe(200)
    }
    const tokens = await (await ctx.app.request('/api/v1/tokens', { headers: { cookie: owner } })).json()
    expect(tokens.items.map((t: { id: string }) => t.id)).toContain(ids.tokenId)
  })
})

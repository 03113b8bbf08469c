import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashSecret, newSecret } from '../../api/auth/secret-token.ts'
import { insertSession } from '../../api/db/queries/sessions.ts'
import { addOwnerOrganisation, box, polygon } from '../fixtures/import/sites.ts'
import { fillPath, openApiRoutes, WRITE_METHODS, type OpenApiDocument } from '../support/openapi-routes.ts'
import { createTestContext, loginCookie, type TestContext } from '../support/test-app.ts'

/**
 * Issue 9 §6(b): every route of the OpenAPI document × every demo role × the
 * object's owner (the caller's own organisation, another organisation's draft,
 * another organisation's project under review), plus anonymous and API-token
 * callers, with the exact status each must get. Hidden objects answer exactly
 * like missing ones (404, same problem). A route without an entry fails.
 */

const ROLES = ['owner', 'reviewer', 'bank', 'buyer', 'admin'] as const
type Role = (typeof ROLES)[number]
/** Statuses in ROLES order: owner, reviewer, bank, buyer, admin. */
type PerRole = [number, number, number, number, number]

type Entry = {
  anonymous: number
  /** An object of the caller's own organisation (a draft); for routes without an object, simply the call. */
  own: PerRole
  /** Another organisation's draft: hidden from everyone but admins. */
  other?: PerRole
  /** Another organisation's project under review: visible to reviewers and banks, editable by no one. */
  underReview?: PerRole
  /** The role's API token on its own object; the same as `own` unless given. */
  token?: PerRole
}

const all = (s: number): PerRole => [s, s, s, s, s]
/** Read rule (api/projects/project-access.ts): own organisation and admins; reviewers and banks once it left draft; anyone else 404. */
const READ = (ok: number): Omit<Entry, 'anonymous'> => ({ own: all(ok), other: [404, 404, 404, 404, ok], underReview: [404, ok, ok, 404, ok] })
/** Write rule: owners of the organisation and admins; a foreign caller who may read gets 403, one who may not 404; a project under review is not editable (409). */
const WRITE = (ok: number, underReviewForAdmin = 409): Omit<Entry, 'anonymous'> => ({
  own: [ok, 403, 403, 403, ok],
  other: [404, 404, 404, 404, ok],
  underReview: [404, 403, 403, 404, underReviewForAdmin],
})

// The PDF renderer (Chromium) is not configured in tests: a caller who passes
// the access checks gets 503 pdf_renderer_unavailable, everyone else the refusal.
const PDF_OK = 503

/** The one table: `METHOD path` → expected statuses. */
const MATRIX: Record<string, Entry> = {
  'GET /api/health': { anonymous: 200, own: all(200) },
  'POST /api/v1/auth/login': { anonymous: 200, own: all(200) },
  'POST /api/v1/auth/logout': { anonymous: 204, own: all(204) },
  'GET /api/v1/me': { anonymous: 401, own: all(200) },
  // Tokens cannot mint tokens (a leaked one must not outlive its revocation).
  'POST /api/v1/tokens': { anonymous: 401, own: all(201), token: all(403) },
  // Listing and revoking one's own tokens (issue 9 §5); another user's token is hidden (404).
  'GET /api/v1/tokens': { anonymous: 401, own: all(200) },
  'DELETE /api/v1/tokens/{tokenId}': { anonymous: 401, own: all(204), other: all(404) },
  'GET /api/v1/registry/sites': { anonymous: 200, own: all(200) },
  'GET /api/v1/projects': { anonymous: 401, own: all(200) },
  // `other`: the body names another organisation, which only admins may do.
  'POST /api/v1/projects': { anonymous: 401, own: [201, 403, 403, 403, 201], other: [403, 403, 403, 403, 201] },
  'GET /api/v1/projects/{projectId}': { anonymous: 401, ...READ(200) },
  'PATCH /api/v1/projects/{projectId}': { anonymous: 401, ...WRITE(200) },
  'DELETE /api/v1/projects/{projectId}': { anonymous: 401, ...WRITE(204) },
  'POST /api/v1/projects/{projectId}/submit': { anonymous: 401, ...WRITE(200) },
  'GET /api/v1/projects/{projectId}/sites': { anonymous: 401, ...READ(200) },
  'POST /api/v1/projects/{projectId}/sites': { anonymous: 401, ...WRITE(201) },
  'POST /api/v1/projects/{projectId}/sites/import': { anonymous: 401, ...WRITE(200) },
  'GET /api/v1/projects/{projectId}/sites.geojson': { anonymous: 401, ...READ(200) },
  'GET /api/v1/projects/{projectId}/sites.csv': { anonymous: 401, ...READ(200) },
  'GET /api/v1/sites/{siteId}': { anonymous: 401, ...READ(200) },
  'PATCH /api/v1/sites/{siteId}': { anonymous: 401, ...WRITE(200) },
  'DELETE /api/v1/sites/{siteId}': { anonymous: 401, ...WRITE(204) },
  'GET /api/v1/sites/{siteId}/overlaps': { anonymous: 401, ...READ(200) },
  'GET /api/v1/methodologies': { anonymous: 200, own: all(200) },
  'GET /api/v1/methodologies/{id}': { anonymous: 200, own: all(200) },
  // Saving an estimate or valuation does not change the site, so a project under review still accepts one (201 for admins).
  'POST /api/v1/estimates': { anonymous: 401, ...WRITE(201, 201) },
  'GET /api/v1/estimates': { anonymous: 401, ...READ(200) },
  // A hidden estimate answers exactly like a missing one (it once said "The project does not exist…").
  'GET /api/v1/estimates/{estimateId}': { anonymous: 401, ...READ(200) },
  'POST /api/v1/estimates/{estimateId}/rerun': { anonymous: 401, ...READ(200) },
  'GET /api/v1/carbon-prices': { anonymous: 200, own: all(200) },
  'POST /api/v1/valuations': { anonymous: 401, ...WRITE(201, 201) },
  'GET /api/v1/valuations': { anonymous: 401, ...READ(200) },
  'GET /api/v1/valuations/{valuationId}': { anonymous: 401, ...READ(200) },
  // Bank, an owner on its own organisation's project, or an admin (issue 13); a role check comes first, so
  // reviewers and buyers get 403 whatever the project; a project the caller may not see is 404.
  'POST /api/v1/collateral/valuations': { anonymous: 401, own: [201, 403, 201, 403, 201], other: [404, 403, 404, 403, 201], underReview: [404, 403, 201, 403, 201] },
  // Saved by an admin in makeObjects: readable by the saving organisation (the admin's) only.
  'GET /api/v1/collateral/valuations/{collateralValuationId}': { anonymous: 401, own: [404, 404, 404, 404, 200], other: [404, 404, 404, 404, 200], underReview: [404, 404, 404, 404, 200] },
  'POST /api/v1/insurance/quotes': { anonymous: 401, own: [200, 403, 200, 403, 200], other: [404, 403, 404, 403, 200], underReview: [404, 403, 200, 403, 200] },
  'GET /api/v1/sites/{siteId}/report.html': { anonymous: 401, ...READ(200) },
  'GET /api/v1/sites/{siteId}/report.pdf': { anonymous: 401, ...READ(PDF_OK) },
  // Evidence follows the project: read by whoever reads it, added by its owners while editable (409 during review).
  'POST /api/v1/projects/{projectId}/documents': { anonymous: 401, ...WRITE(201) },
  'GET /api/v1/projects/{projectId}/documents': { anonymous: 401, ...READ(200) },
  'GET /api/v1/documents/{documentId}': { anonymous: 401, ...READ(200) },
  'GET /api/v1/projects/{projectId}/checks': { anonymous: 401, ...READ(200) },
  // Review (issue 11): exchange reviewers of another organisation only. `register` on the submitted
  // project is the reviewer's legal-caller answer (409, nothing changes); everyone else is refused.
  'POST /api/v1/projects/{projectId}/review': { anonymous: 401, own: all(403), other: [404, 404, 404, 404, 403], underReview: [404, 409, 403, 404, 403] },
  'GET /api/v1/projects/{projectId}/reviews': { anonymous: 401, ...READ(200) },
  'GET /api/v1/projects/{projectId}/findings': { anonymous: 401, ...READ(200) },
  'POST /api/v1/projects/{projectId}/findings': { anonymous: 401, own: all(403), other: [404, 404, 404, 404, 403], underReview: [404, 201, 403, 404, 403] },
  // The finding and disclosure below belong to another organisation's project (beforeAll): the demo
  // owner and buyer cannot see it (404); banks and admins see it but take no part (403).
  'POST /api/v1/findings/{findingId}/replies': { anonymous: 401, own: [404, 201, 403, 404, 403] },
  // The session cell resolves the finding; the token cell then finds it resolved.
  'POST /api/v1/findings/{findingId}/resolve': { anonymous: 401, own: [404, 200, 403, 404, 403], token: [404, 409, 403, 404, 403] },
  'GET /api/v1/public/disclosures': { anonymous: 200, own: all(200) },
  'GET /api/v1/public/disclosures/{disclosureId}': { anonymous: 200, own: all(200) },
  'POST /api/v1/public/disclosures/{disclosureId}/comments': { anonymous: 401, own: all(201) },
  'POST /api/v1/disclosures/{disclosureId}/comments/{commentId}/resolve': { anonymous: 401, own: [404, 200, 403, 404, 403], token: [404, 409, 403, 404, 403] },
  // Issuance: reviewers of an exchange independent of the owner, on registered projects
  // (the matrix's objects are drafts or under review: 409 project_not_registered at best).
  'POST /api/v1/projects/{projectId}/issuances': { anonymous: 401, own: all(403), other: [404, 404, 404, 404, 403], underReview: [404, 409, 403, 404, 403] },
  'GET /api/v1/projects/{projectId}/issuances': { anonymous: 401, ...READ(200) },
  'GET /api/v1/projects/{projectId}/units': { anonymous: 401, own: [200, 200, 403, 403, 200], other: [404, 404, 404, 404, 200], underReview: [404, 200, 403, 404, 200] },
  // Admins only; the matrix's holder holds no units, so an admin gets 409 insufficient_units.
  'POST /api/v1/units/cancel': { anonymous: 401, own: [403, 403, 403, 403, 409] },
  'GET /api/v1/holdings': { anonymous: 401, own: all(200) },
  'GET /api/v1/audit/verify': { anonymous: 401, own: [403, 200, 403, 403, 200] },
  'GET /api/v1/ledger/invariants': { anonymous: 401, own: [403, 200, 403, 403, 200] },
}

/** Review fixtures on another organisation's projects (beforeAll): a finding, a disclosure and an objection in it. */
const review = { findingId: '', disclosureId: '', commentId: '' }


type Objects = { organisationId: string; projectId: string; siteId: string; estimateId: string; valuationId: string; tokenId: string; documentId: string; collateralValuationId: string }
type Caller = { headers: Record<string, string>; email: string; userId: string; tokenId: string }
type Scope = 'own' | 'other' | 'underReview'

const ORIGIN = 'http://localhost'
let ctx: TestContext
let doc: OpenApiDocument
let adminCookie: string
const callers = {} as Record<Role, Caller>
const tokens = {} as Record<Role, string>
const organisationOf = {} as Record<Role, string>
let foreignOrganisationId: string
let foreignTokenId: string
let foreignCookie: string
let underReview: Objects
let boxCounter = 0

/** A fresh, non-overlapping square for every fixture site (east of the Leizhou peninsula, clear of the demo sites). */
function nextSquare() {
  const i = boxCounter++
  return polygon(box(110.6 + (i % 40) * 0.02, 20.2 + Math.floor(i / 40) * 0.02, 0.01, 0.01))
}

const json = (method: string, body: unknown, headers: Record<string, string>): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
})

async function call(method: string, path: string, body: unknown, headers: Record<string, string>): Promise<Response> {
  return ctx.app.request(path, body === undefined ? { method, headers } : json(method, body, headers))
}

async function expectCreated(res: Response, what: string) {
  if (res.status >= 300) throw new Error(`fixture ${what}: ${res.status} ${await res.text()}`)
  return res.json()
}

const admin = () => ({ cookie: adminCookie, origin: ORIGIN })

const VALUATION_PARAMS = {
  valuationYear: 2025,
  horizonYears: 20,
  discountRatePercent: 3,
  services: {
    aquaticProducts: { harvestTPerYear: 0, unitPrice: { value: 1, priceYear: 2025 } },
    climateRegulation: { coolingEnergyKwhPerHaPerYear: 0, electricityPrice: { value: 0.6, priceYear: 2025 } },
    coastalProtection: { protectedShorelineKm: 0, seawallServiceLifeYears: 50 },
    waterPurificationPhosphorus: { removalKgPerHaPerYear: 0 },
    waterPurificationCod: { removalKgPerHaPerYear: 0 },
    recreation: { visitsPerYear: 0 },
  },
}

const COLLATERAL_BODY = { units: 100, termYears: 2, discountRatePercent: 4, ltvPercent: 60, paths: 100 }

/** A draft project of `organisationId` with one site, a saved estimate and a saved valuation, made by an admin. */
async function makeObjects(organisationId: string, tokenId: string): Promise<Objects> {
  const project = await expectCreated(await call('POST', '/api/v1/projects', { name: `矩阵 ${boxCounter}`, sinkType: 'mangrove', methodologyId: 'mangrove-afforestation', organisationId }, admin()), 'project')
  const site = await expectCreated(await call('POST', `/api/v1/projects/${project.id}/sites`, { name: `矩阵地块 ${boxCounter}`, geometry: nextSquare() }, admin()), 'site')
  const siteId: string = site.id ?? site.site?.id
  const estimate = await expectCreated(await call('POST', '/api/v1/estimates', { methodology: 'mangrove-afforestation', siteId, save: true, params: { startYear: 2026, creditingYears: 20 } }, admin()), 'estimate')
  const valuation = await expectCreated(await call('POST', '/api/v1/valuations', { siteId, save: true, ecosystem: 'mangrove', carbonPrice: { series: 'CEA' }, params: VALUATION_PARAMS }, admin()), 'valuation')
  const document = await expectCreated(
    await ctx.app.request(`/api/v1/projects/${project.id}/documents`, { method: 'POST', headers: admin(), body: pdfForm('land_tenure') }),
    'document',
  )
  const collateral = await expectCreated(await call('POST', '/api/v1/collateral/valuations', { ...COLLATERAL_BODY, projectId: project.id, save: true }, admin()), 'collateral valuation')
  return { organisationId, projectId: project.id, siteId, estimateId: estimate.estimate.id, valuationId: valuation.valuation.id, tokenId, documentId: document.id, collateralValuationId: collateral.valuation.id }
}

function pdfForm(kind: string): FormData {
  const form = new FormData()
  form.append('file', new File([new TextEncoder().encode('%PDF-1.7\n%matrix\n')], 'evidence.pdf', { type: 'application/pdf' }))
  form.append('kind', kind)
  return form
}

/** A valid request of the route on `o`, so that only the caller decides the answer. */
function requestFor(key: string, o: Objects, role: Role, headers: Record<string, string>): { method: string; path: string; body?: unknown; form?: FormData } {
  const [method, template] = key.split(' ') as [string, string]
  const path = template.includes('{')
    ? fillPath(template, {
        projectId: o.projectId,
        siteId: o.siteId,
        estimateId: o.estimateId,
        valuationId: o.valuationId,
        collateralValuationId: o.collateralValuationId,
        tokenId: o.tokenId,
        documentId: o.documentId,
        ...review,
        // `{id}` names a methodology today; under /tokens it would be the token.
        id: template.startsWith('/api/v1/tokens/') ? o.tokenId : 'mangrove-afforestation',
      })
    : template
  switch (key) {
    case 'POST /api/v1/auth/login':
      return { method, path, body: { email: callers[role].email, password: 'demo-password' } }
    case 'POST /api/v1/tokens':
      return { method, path, body: { name: 'matrix' } }
    case 'POST /api/v1/projects':
      return { method, path, body: { name: '矩阵新项目', sinkType: 'wetland', ...(o.organisationId !== organisationOf[role] ? { organisationId: o.organisationId } : {}) } }
    case 'PATCH /api/v1/projects/{projectId}':
      return { method, path, body: { description: '矩阵改写' } }
    case 'POST /api/v1/projects/{projectId}/sites':
      return { method, path, body: { name: '矩阵新地块', geometry: nextSquare() } }
    case 'POST /api/v1/projects/{projectId}/sites/import': {
      const form = new FormData()
      const collection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: '导入' }, geometry: nextSquare() }] }
      form.append('file', new File([JSON.stringify(collection)], 'sites.geojson', { type: 'application/geo+json' }))
      return { method, path, form }
    }
    case 'POST /api/v1/projects/{projectId}/documents':
      return { method, path, form: pdfForm('other') }
    case 'PATCH /api/v1/sites/{siteId}':
      return { method, path, body: { name: '矩阵改名' } }
    case 'POST /api/v1/estimates':
      return { method, path, body: { methodology: 'mangrove-afforestation', siteId: o.siteId, save: true, params: { startYear: 2026, creditingYears: 20 } } }
    case 'POST /api/v1/valuations':
      return { method, path, body: { siteId: o.siteId, save: true, ecosystem: 'mangrove', carbonPrice: { series: 'CEA' }, params: VALUATION_PARAMS } }
    case 'POST /api/v1/projects/{projectId}/issuances':
      return { method, path, body: { monitoringPeriod: { from: '2025-01-01', to: '2025-12-31' }, vintage: 2025, verifiedTco2e: 100, verifier: 'VVB', verificationDocumentId: randomUUID() } }
    case 'POST /api/v1/units/cancel':
      return { method, path, body: { projectId: o.projectId, vintage: 2025, holderOrganisationId: o.organisationId, quantityTco2e: 1, reason: 'matrix correction' } }
    case 'POST /api/v1/collateral/valuations':
      return { method, path, body: { ...COLLATERAL_BODY, projectId: o.projectId, save: true } }
    case 'POST /api/v1/insurance/quotes':
      return { method, path, body: { projectId: o.projectId, sumInsuredFen: 1_000_000, trigger: 'area_loss', loadingPercent: 20, termYears: 1 } }
    case 'GET /api/v1/estimates':
    case 'GET /api/v1/valuations':
      return { method, path: `${path}?siteId=${o.siteId}` }
    case 'POST /api/v1/projects/{projectId}/review':
      return { method, path, body: { action: 'register' } }
    case 'POST /api/v1/projects/{projectId}/findings':
      return { method, path, body: { target: { type: 'project', id: o.projectId }, text: '矩阵意见' } }
    case 'POST /api/v1/findings/{findingId}/replies':
    case 'POST /api/v1/public/disclosures/{disclosureId}/comments':
      return { method, path, body: { text: '矩阵回复' } }
    case 'POST /api/v1/disclosures/{disclosureId}/comments/{commentId}/resolve':
      return { method, path, body: { resolution: '矩阵处理' } }
    case 'GET /api/v1/registry/sites':
      return { method, path: `${path}?bbox=109,20,112,22&zoom=8` }
  }
  void headers
  return { method, path }
}

async function send(req: ReturnType<typeof requestFor>, headers: Record<string, string>): Promise<Response> {
  if (req.form) return ctx.app.request(req.path, { method: req.method, body: req.form, headers })
  return call(req.method, req.path, req.body, headers)
}

/** Same problem for a hidden object as for a missing one: nothing in the answer tells them apart. */
function comparable(problem: Record<string, unknown>, ids: string[]): string {
  const { requestId, ...rest } = problem
  let text = JSON.stringify(rest)
  for (const id of ids) text = text.replaceAll(id, '<id>')
  return text.replaceAll(String(requestId), '<request>')
}

beforeAll(async () => {
  // A disclosure period that is still open while the matrix comments on it.
  ctx = await createTestContext({ config: { disclosureDays: 20 } })
  doc = await (await ctx.app.request('/api/openapi.json')).json()
  adminCookie = await loginCookie(ctx, 'admin@demo.test')
  for (const role of ROLES) {
    const email = `${role}@demo.test`
    const cookie = role === 'admin' ? adminCookie : await loginCookie(ctx, email)
    const [user] = await ctx.sql<{ id: string; organisation_id: string }[]>`SELECT id, organisation_id FROM users WHERE email = ${email}`
    organisationOf[role] = user!.organisation_id
    const created = await expectCreated(await call('POST', '/api/v1/tokens', { name: `matrix ${role}` }, { cookie, origin: ORIGIN }), `token ${role}`)
    tokens[role] = created.token
    callers[role] = { headers: { cookie, origin: ORIGIN }, email, userId: user!.id, tokenId: created.id }
  }
  const foreign = await addOwnerOrganisation(ctx, 'owner2@matrix.test', '授权矩阵另一公司')
  foreignOrganisationId = foreign.organisationId
  foreignCookie = foreign.cookie
  foreignTokenId = (await expectCreated(await call('POST', '/api/v1/tokens', { name: 'foreign' }, { cookie: foreign.cookie, origin: ORIGIN }), 'foreign token')).id
  underReview = await makeObjects(foreignOrganisationId, foreignTokenId)
  await expectCreated(await call('POST', `/api/v1/projects/${underReview.projectId}/submit`, undefined, admin()), 'submit')
  const reviewed = await makeObjects(foreignOrganisationId, foreignTokenId)
  const approved = await makeObjects(foreignOrganisationId, foreignTokenId)
  for (const p of [reviewed, approved]) {
    await expectCreated(await call('POST', `/api/v1/projects/${p.projectId}/submit`, undefined, admin()), 'submit')
    await expectCreated(await call('POST', `/api/v1/projects/${p.projectId}/review`, { action: 'start' }, callers.reviewer.headers), 'start review')
  }
  review.findingId = (await expectCreated(await call('POST', `/api/v1/projects/${reviewed.projectId}/findings`, { target: { type: 'project', id: reviewed.projectId }, text: '矩阵意见' }, callers.reviewer.headers), 'finding')).id
  review.disclosureId = (await expectCreated(await call('POST', `/api/v1/projects/${approved.projectId}/review`, { action: 'approve' }, callers.reviewer.headers), 'approve')).disclosureId
  review.commentId = (await expectCreated(await call('POST', `/api/v1/public/disclosures/${review.disclosureId}/comments`, { text: '异议', objection: true }, { cookie: foreignCookie, origin: ORIGIN }), 'objection')).id
}, 180_000)
afterAll(async () => ctx?.close())

/** Headers of a caller: its session (a throw-away one for sign-out, which would end it), its token, or nobody. */
async function headersOf(role: Role | 'anonymous', via: 'session' | 'token', key: string): Promise<Record<string, string>> {
  if (role === 'anonymous') return {}
  if (via === 'token') return { authorization: `Bearer ${tokens[role]}` }
  if (key === 'POST /api/v1/auth/logout') {
    const secret = newSecret()
    await insertSession(ctx.sql, { tokenHash: hashSecret(secret), userId: callers[role].userId, expiresAt: new Date(ctx.clock.now.getTime() + 3_600_000), ip: null, userAgent: null })
    return { cookie: `bc_session=${secret}`, origin: ORIGIN }
  }
  return callers[role].headers
}

/** A new API token of the role (or of the other organisation's owner), for a cell that may revoke it. */
async function freshTokenId(owner: Role | 'foreign'): Promise<string> {
  const headers = owner === 'foreign' ? { cookie: foreignCookie, origin: ORIGIN } : callers[owner].headers
  return (await expectCreated(await call('POST', '/api/v1/tokens', { name: 'matrix revocable' }, headers), 'revocable token')).id
}

/** Objects a cell works on: fresh ones for writes (a cell may delete or submit them), shared ones for reads. */
const sharedObjects = new Map<string, Objects>()
async function objectsFor(scope: Scope, role: Role, write: boolean): Promise<Objects> {
  if (scope === 'underReview') return underReview
  const organisationId = scope === 'own' ? organisationOf[role] : foreignOrganisationId
  const tokenId = scope === 'own' ? callers[role].tokenId : foreignTokenId
  // Revoking must never hit the tokens the other cells authenticate with.
  if (write) return makeObjects(organisationId, await freshTokenId(scope === 'own' ? role : 'foreign'))
  const cacheKey = `${organisationId}:${tokenId}`
  if (!sharedObjects.has(cacheKey)) sharedObjects.set(cacheKey, await makeObjects(organisationId, tokenId))
  return sharedObjects.get(cacheKey)!
}

describe('authorization matrix', () => {
  it('every route of the OpenAPI document has an entry in the matrix', () => {
    const missing = openApiRoutes(doc).map((r) => r.key).filter((key) => !(key in MATRIX))
    expect(missing).toEqual([])
  })

  it('every entry of the matrix is a route of the OpenAPI document', () => {
    const documented = new Set(openApiRoutes(doc).map((r) => r.key))
    expect(Object.keys(MATRIX).filter((key) => !documented.has(key))).toEqual([])
  })

  for (const [key, entry] of Object.entries(MATRIX)) {
    it(key, async () => {
      const write = WRITE_METHODS.has(key.split(' ')[0]!)
      const mismatches: string[] = []
      const check = async (who: string, expected: number, req: ReturnType<typeof requestFor>, headers: Record<string, string>, o: Objects, scope: Scope | 'anonymous') => {
        const res = await send(req, headers)
        const text = await res.text()
        if (res.status !== expected) {
          mismatches.push(`${who}: expected ${expected}, got ${res.status} ${text.slice(0, 160)}`)
          return
        }
        if (res.status === 404 && (scope === 'other' || scope === 'underReview')) {
          // The same request for an id that never existed must get the very same problem.
          const ghost = { ...o, projectId: randomUUID(), siteId: randomUUID(), estimateId: randomUUID(), valuationId: randomUUID(), tokenId: randomUUID(), documentId: randomUUID() }
          const role = who.split(' ')[0] as Role
          const missing = await send(requestFor(key, ghost, role, headers), headers)
          const ids = [o.projectId, o.siteId, o.estimateId, o.valuationId, o.tokenId, o.documentId, ghost.projectId, ghost.siteId, ghost.estimateId, ghost.valuationId, ghost.tokenId, ghost.documentId]
          const hidden = comparable(JSON.parse(text), ids)
          const absent = missing.status === 404 ? comparable(await missing.json(), ids) : `status ${missing.status}`
          if (hidden !== absent) mismatches.push(`${who}: a hidden object's 404 differs from a missing one's: ${hidden} vs ${absent}`)
        }
      }
      const scopes: Scope[] = ['own', ...(entry.other ? (['other'] as const) : []), ...(entry.underReview ? (['underReview'] as const) : [])]
      for (const scope of scopes) {
        for (const [i, role] of ROLES.entries()) {
          const o = await objectsFor(scope, role, write)
          const headers = await headersOf(role, 'session', key)
          await check(`${role} on ${scope}`, entry[scope]![i]!, requestFor(key, o, role, headers), headers, o, scope)
        }
      }
      for (const [i, role] of ROLES.entries()) {
        const o = await objectsFor('own', role, write)
        const headers = await headersOf(role, 'token', key)
        await check(`${role} with a token on own`, (entry.token ?? entry.own)[i]!, requestFor(key, o, role, headers), headers, o, 'own')
      }
      const o = await objectsFor('own', 'owner', write)
      await check('anonymous', entry.anonymous, requestFor(key, o, 'owner', {}), {}, o, 'anonymous')
      expect(mismatches).toEqual([])
    })
  }
})

describe('cookie-authenticated writes from another origin (CSRF, issue 9 §5)', () => {
  for (const key of Object.keys(MATRIX).filter((k) => WRITE_METHODS.has(k.split(' ')[0]!) && k !== 'POST /api/v1/auth/login')) {
    it(`${key} with the owner's cookie and Origin https://evil.example → 403, nothing changed`, async () => {
      const o = await objectsFor('own', 'owner', true)
      const headers = key === 'POST /api/v1/auth/logout' ? { ...(await headersOf('owner', 'session', key)), origin: 'https://evil.example' } : { ...callers.owner.headers, origin: 'https://evil.example' }
      const [before] = await ctx.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM audit_events`
      const res = await send(requestFor(key, o, 'owner', headers), headers)
      expect(res.status).toBe(403)
      const [after] = await ctx.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM audit_events`
      expect(after!.n).toBe(before!.n)
    })
  }
})

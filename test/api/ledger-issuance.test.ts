import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jsonInit } from '../fixtures/import/sites.ts'
import { expectLedgerSound } from '../support/ledger-checks.ts'
import { organisationId, registeredProject, sessionUser } from '../support/registered-project.ts'
import { createTestContext, loginCookie, tableCounts, type TestContext } from '../support/test-app.ts'

let ctx: TestContext
let reviewer: string
let owner: string
let admin: string
let bank: string
let buyer: string
let bufferAccount: string
beforeAll(async () => {
  ctx = await createTestContext()
  reviewer = await loginCookie(ctx, 'reviewer@demo.test')
  owner = await loginCookie(ctx, 'owner@demo.test')
  admin = await loginCookie(ctx, 'admin@demo.test')
  bank = await loginCookie(ctx, 'bank@demo.test')
  buyer = await loginCookie(ctx, 'buyer@demo.test')
  bufferAccount = await organisationId(ctx.sql, 'platform-buffer-account')
})
afterAll(async () => {
  if (ctx) await expectLedgerSound(ctx.sql)
  await ctx?.close()
})

const DOC = '5b0c2a8e-3f7d-4c1e-9a63-2d4f8e1b7c90'
const body = (over: Record<string, unknown> = {}) => ({
  monitoringPeriod: { from: '2025-01-01', to: '2025-12-31' },
  vintage: 2025,
  verifiedTco2e: 12_345,
  verifier: '中环联合（北京）认证中心',
  verificationDocumentId: DOC,
  ...over,
})
const issue = (projectId: string, b: unknown, cookie = reviewer, headers: Record<string, string> = {}) =>
  ctx.app.request(`/api/v1/projects/${projectId}/issuances`, jsonInit('POST', b, cookie, headers))

describe('POST /projects/{id}/issuances', () => {
  it('splits the verified quantity into owner and buffer blocks: owner + buffer = verified', async () => {
    const p = await registeredProject(ctx.sql, { bufferRatio: 0.1 })
    const res = await issue(p.projectId, body())
    expect(res.status).toBe(201)
    const { issuance, blocks } = await res.json()
    // Buffer = ceil(12,345 × 0.1) = ceil(1,234.5) = 1,235; owner = 12,345 − 1,235 = 11,110.
    expect(issuance).toMatchObject({ verifiedTco2e: 12_345, bufferTco2e: 1_235, ownerTco2e: 11_110, bufferRatio: '0.100000', vintage: 2025 })
    expect(issuance.ownerTco2e + issuance.bufferTco2e).toBe(issuance.verifiedTco2e)
    expect(issuance.article6).toEqual({ correspondingAdjustment: 'not_requested' })
    const { firstSerial, lastSerial } = issuance.serials
    expect(lastSerial - firstSerial + 1).toBe(12_345)
    expect(issuance.serials.serial).toBe(`CN-BC-${issuance.registryCode}-2025-${firstSerial}-${lastSerial}`)
    expect(blocks).toHaveLength(2)
    expect(blocks[0]).toMatchObject({ holderOrganisationId: p.organisationId, state: 'held', firstSerial, lastSerial: firstSerial + 11_109, quantityTco2e: 11_110 })
    expect(blocks[1]).toMatchObject({ holderOrganisationId: bufferAccount, state: 'buffer', firstSerial: firstSerial + 11_110, lastSerial, quantityTco2e: 1_235 })

    const rows = await ctx.sql<{ state: string; q: string }[]>`
      SELECT state, sum(last_serial - first_serial + 1)::text AS q FROM serial_blocks WHERE project_id = ${p.projectId} GROUP BY state ORDER BY state`
    expect(rows).toEqual([{ state: 'buffer', q: '1235' }, { state: 'held', q: '11110' }])
    const audits = await ctx.sql`SELECT id FROM audit_events WHERE action = 'issuance.create' AND subject_id = ${issuance.id}`
    expect(audits).toHaveLength(1)
    const unlinked = await ctx.sql`SELECT id FROM serial_block_events WHERE block_id IN (SELECT id FROM serial_blocks WHERE project_id = ${p.projectId}) AND audit_event_id IS DISTINCT FROM ${audits[0]!.id}`
    expect(unlinked).toHaveLength(0)

    const list = await ctx.app.request(`/api/v1/projects/${p.projectId}/issuances`, { headers: { cookie: owner } })
    expect(list.status).toBe(200)
    expect((await list.json()).issuances.map((i: { id: string }) => i.id)).toEqual([issuance.id])

    const holdings = await ctx.app.request(`/api/v1/holdings?projectId=${p.projectId}`, { headers: { cookie: owner } })
    expect(holdings.status).toBe(200)
    const h = await holdings.json()
    expect(h.totals).toEqual([expect.objectContaining({ projectId: p.projectId, vintage: 2025, state: 'held', quantityTco2e: 11_110, blocks: 1 })])
    expect(h.blocks).toHaveLength(1)
  })

  it('continues the serials for the next period and keeps the project code', async () => {
    const p = await registeredProject(ctx.sql, { bufferRatio: 0.2 })
    const a = await (await issue(p.projectId, body({ verifiedTco2e: 1000 }))).json()
    const res = await issue(p.projectId, body({ monitoringPeriod: { from: '2026-01-01', to: '2026-03-31' }, vintage: 2026, verifiedTco2e: 7, correspondingAdjustment: 'requested' }))
    expect(res.status).toBe(201)
    const b = (await res.json()).issuance
    expect(b.registryCode).toBe(a.issuance.registryCode)
    expect(b.serials.firstSerial).toBe(a.issuance.serials.lastSerial + 1)
    // ceil(7 × 0.2) = ceil(1.4) = 2 to the buffer, 5 to the owner.
    expect([b.ownerTco2e, b.bufferTco2e]).toEqual([5, 2])
    expect(b.article6.correspondingAdjustment).toBe('requested')
  })

  it('refuses the same or an overlapping monitoring period with 409 and changes nothing', async () => {
    const p = await registeredProject(ctx.sql)
    expect((await issue(p.projectId, body())).status).toBe(201)
    const before = await tableCounts(ctx.sql)
    for (const period of [{ from: '2025-01-01', to: '2025-12-31' }, { from: '2025-06-01', to: '2026-01-31' }, { from: '2024-01-01', to: '2025-01-01' }]) {
      const res = await issue(p.projectId, body({ monitoringPeriod: period }), reviewer, { 'accept-language': 'zh' })
      expect(res.status).toBe(409)
      expect(res.headers.get('content-type')).toContain('application/problem+json')
      const problem = await res.json()
      expect(problem.code).toBe('issuance_period_taken')
      expect(problem.title).toBe('监测期已签发')
    }
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })

  it('403 for a reviewer of the owner organisation, a reviewer outside an exchange, and non-reviewers; nothing changes', async () => {
    const p = await registeredProject(ctx.sql)
    const selfReviewer = await sessionUser(ctx, p.organisationId, ['reviewer'])
    const bankReviewer = await sessionUser(ctx, await organisationId(ctx.sql, 'demo-bank'), ['reviewer'])
    const before = await tableCounts(ctx.sql)
    for (const [cookie, code] of [
      [selfReviewer.cookie, 'reviewer_not_independent'],
      [bankReviewer.cookie, 'reviewer_not_independent'],
      [owner, 'forbidden'],
      [admin, 'forbidden'],
      [bank, 'forbidden'],
    ] as const) {
      const res = await issue(p.projectId, body(), cookie)
      expect(res.status).toBe(403)
      expect((await res.json()).code).toBe(code)
    }
    expect(await tableCounts(ctx.sql)).toEqual(before)
    expect((await ctx.app.request(`/api/v1/projects/${p.projectId}/issuances`, jsonInit('POST', body(), ''))).status).toBe(401)
  })

  it('409 when the project is not registered or has no buffer ratio; 404 for a missing project', async () => {
    const submitted = await registeredProject(ctx.sql, { status: 'submitted' })
    const noBuffer = await registeredProject(ctx.sql, { bufferRatio: null })
    const before = await tableCounts(ctx.sql)
    const r1 = await issue(submitted.projectId, body())
    expect(r1.status).toBe(409)
    expect(await r1.json()).toMatchObject({ code: 'project_not_registered', status: 409 })
    const r2 = await issue(noBuffer.projectId, body())
    expect(r2.status).toBe(409)
    expect((await r2.json()).code).toBe('buffer_estimate_missing')
    const r3 = await issue('00000000-0000-4000-8000-000000000000', body())
    expect(r3.status).toBe(404)
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })

  it.each([
    ['non-integer quantity', { verifiedTco2e: 10.5 }, 'verifiedTco2e'],
    ['zero quantity', { verifiedTco2e: 0 }, 'verifiedTco2e'],
    ['negative quantity', { verifiedTco2e: -5 }, 'verifiedTco2e'],
    ['quantity as text', { verifiedTco2e: '100' }, 'verifiedTco2e'],
    ['absurd quantity', { verifiedTco2e: 1e13 }, 'verifiedTco2e'],
    ['vintage outside the period', { vintage: 2024 }, 'vintage'],
    ['period ending before it starts', { monitoringPeriod: { from: '2025-12-31', to: '2025-01-01' } }, 'monitoringPeriod.to'],
    ['impossible date', { monitoringPeriod: { from: '2025-02-30', to: '2025-12-31' } }, 'monitoringPeriod.from'],
    ['period ending in the future', { monitoringPeriod: { from: '2026-01-01', to: '2026-12-31' }, vintage: 2026 }, 'monitoringPeriod.to'],
    ['unknown field', { priceFen: 100 }, 'priceFen'],
    ['unknown Article 6 status', { correspondingAdjustment: 'maybe' }, 'correspondingAdjustment'],
    ['document id not a uuid', { verificationDocumentId: 'report.pdf' }, 'verificationDocumentId'],
    ['empty verifier', { verifier: '  ' }, 'verifier'],
  ])('400 for %s, naming %s; nothing changes', async (_name, over, path) => {
    const p = await registeredProject(ctx.sql)
    const before = await tableCounts(ctx.sql)
    const res = await issue(p.projectId, body(over))
    expect(res.status).toBe(400)
    const problem = await res.json()
    expect(problem.code).toBe('validation_failed')
    expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path)
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })

  it('50 concurrent identical requests create exactly one issuance', async () => {
    const p = await registeredProject(ctx.sql)
    const responses = await Promise.all(Array.from({ length: 50 }, () => issue(p.projectId, body({ verifiedTco2e: 5000 }))))
    const statuses = responses.map((r) => r.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(49)
    for (const r of responses.filter((r) => r.status === 409)) expect((await r.json()).code).toBe('issuance_period_taken')
    const [n] = await ctx.sql<{ issuances: number; blocks: number; quantity: string }[]>`
      SELECT (SELECT count(*)::int FROM issuances WHERE project_id = ${p.projectId}) AS issuances,
             (SELECT count(*)::int FROM serial_blocks WHERE project_id = ${p.projectId}) AS blocks,
             (SELECT sum(last_serial - first_serial + 1)::text FROM serial_blocks WHERE project_id = ${p.projectId}) AS quantity`
    expect(n).toEqual({ issuances: 1, blocks: 2, quantity: '5000' })
    const audits = await ctx.sql`SELECT 1 FROM audit_events WHERE action = 'issuance.create' AND payload->>'projectId' = ${p.projectId}`
    expect(audits).toHaveLength(1)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jsonInit } from '../fixtures/import/sites.ts'
import { expectLedgerSound } from '../support/ledger-checks.ts'
import { organisationId, registeredProject, type RegisteredProject } from '../support/registered-project.ts'
import { createTestContext, loginCookie, tableCounts, type TestContext } from '../support/test-app.ts'

let ctx: TestContext
let reviewer: string
let owner: string
let admin: string
let bank: string
let buyer: string
let project: RegisteredProject
let first: number
beforeAll(async () => {
  ctx = await createTestContext()
  reviewer = await loginCookie(ctx, 'reviewer@demo.test')
  owner = await loginCookie(ctx, 'owner@demo.test')
  admin = await loginCookie(ctx, 'admin@demo.test')
  bank = await loginCookie(ctx, 'bank@demo.test')
  buyer = await loginCookie(ctx, 'buyer@demo.test')
  project = await registeredProject(ctx.sql, { bufferRatio: 0.05 })
  const res = await ctx.app.request(
    `/api/v1/projects/${project.projectId}/issuances`,
    jsonInit('POST', { monitoringPeriod: { from: '2024-01-01', to: '2024-12-31' }, vintage: 2024, verifiedTco2e: 1000, verifier: 'VVB', verificationDocumentId: '5b0c2a8e-3f7d-4c1e-9a63-2d4f8e1b7c90' }, reviewer),
  )
  expect(res.status).toBe(201)
  first = (await res.json()).issuance.serials.firstSerial
})
afterAll(async () => {
  if (ctx) await expectLedgerSound(ctx.sql)
  await ctx?.close()
})

const cancel = (b: Record<string, unknown>, cookie = admin) =>
  ctx.app.request('/api/v1/units/cancel', jsonInit('POST', { projectId: project.projectId, vintage: 2024, holderOrganisationId: project.organisationId, reason: 'double counted survey plot', ...b }, cookie))

async function ownerBlocks() {
  return ctx.sql<{ first: string; last: string; state: string }[]>`
    SELECT first_serial::text AS first, last_serial::text AS last, state FROM serial_blocks
    WHERE project_id = ${project.projectId} AND holder_organisation_id = ${project.organisationId} ORDER BY first_serial`
}

describe('units of a project', () => {
  // Buffer = ceil(1000 × 0.05) = 50; the owner holds serials first … first + 949.
  it('cancels a quantity from the lowest serials, splitting the block, with one audit event', async () => {
    const res = await cancel({ quantityTco2e: 100 })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.quantityTco2e).toBe(100)
    expect(body.ranges).toEqual([expect.objectContaining({ firstSerial: first, lastSerial: first + 99, quantityTco2e: 100 })])
    expect(await ownerBlocks()).toEqual([
      { first: String(first), last: String(first + 99), state: 'cancelled' },
      { first: String(first + 100), last: String(first + 949), state: 'held' },
    ])
    const [audit] = await ctx.sql<{ action: string; payload: { reason: string; ranges: number[][] } }[]>`SELECT action, payload FROM audit_events WHERE id = ${body.auditEventId}`
    expect(audit!.action).toBe('units.cancel')
    expect(audit!.payload.reason).toBe('double counted survey plot')
    expect(audit!.payload.ranges).toEqual([[first, first + 99]])
  })

  it('cancels an exact serial range inside a block, leaving the pieces on both sides held', async () => {
    const res = await cancel({ serials: { firstSerial: first + 200, lastSerial: first + 209 } })
    expect(res.status).toBe(200)
    expect((await res.json()).ranges).toEqual([expect.objectContaining({ firstSerial: first + 200, lastSerial: first + 209, quantityTco2e: 10 })])
    expect(await ownerBlocks()).toEqual([
      { first: String(first), last: String(first + 99), state: 'cancelled' },
      { first: String(first + 100), last: String(first + 199), state: 'held' },
      { first: String(first + 200), last: String(first + 209), state: 'cancelled' },
      { first: String(first + 210), last: String(first + 949), state: 'held' },
    ])
  })

  it('refuses more than is available with 409 naming the available quantity, and changes nothing', async () => {
    const before = await tableCounts(ctx.sql)
    const blocks = await ownerBlocks()
    // 950 held − 100 − 10 cancelled = 840 available.
    const res = await cancel({ quantityTco2e: 841 })
    expect(res.status).toBe(409)
    const problem = await res.json()
    expect(problem.code).toBe('insufficient_units')
    expect(problem.detail).toContain('840')
    // A range that crosses already-cancelled serials is not fully held either.
    const res2 = await cancel({ serials: { firstSerial: first + 195, lastSerial: first + 205 } })
    expect(res2.status).toBe(409)
    expect((await res2.json()).detail).toContain('only 5 tCO2e')
    expect(await tableCounts(ctx.sql)).toEqual(before)
    expect(await ownerBlocks()).toEqual(blocks)
  })

  it('cancel: 403 for non-admins, 400 without reason, with both or neither of quantity and serials, or from a final state', async () => {
    const before = await tableCounts(ctx.sql)
    for (const cookie of [owner, reviewer, bank]) expect((await cancel({ quantityTco2e: 1 }, cookie)).status).toBe(403)
    for (const b of [
      { quantityTco2e: 1, reason: undefined },
      { quantityTco2e: 1, reason: '' },
      { quantityTco2e: 1, serials: { firstSerial: first, lastSerial: first } },
      {},
      { quantityTco2e: 1.5 },
      { serials: { firstSerial: first + 5, lastSerial: first } },
      { quantityTco2e: 1, fromState: 'cancelled' },
      { quantityTco2e: 1, extra: true },
    ]) {
      const res = await cancel(b)
      expect(res.status).toBe(400)
      expect((await res.json()).code).toBe('validation_failed')
    }
    expect(await tableCounts(ctx.sql)).toEqual(before)
  })

  it('GET /projects/{id}/units: owner, reviewer and admin see every holder; a bank 403; a buyer 404', async () => {
    const bufferAccount = await organisationId(ctx.sql, 'platform-buffer-account')
    for (const cookie of [owner, reviewer, admin]) {
      const res = await ctx.app.request(`/api/v1/projects/${project.projectId}/units`, { headers: { cookie } })
      expect(res.status).toBe(200)
      const body = await res.json()
      const total = (holder: string, state: string) => body.totals.find((t: { holderOrganisationId: string; state: string }) => t.holderOrganisationId === holder && t.state === state)?.quantityTco2e
      expect(total(project.organisationId, 'held')).toBe(840)
      expect(total(project.organisationId, 'cancelled')).toBe(110)
      expect(total(bufferAccount, 'buffer')).toBe(50)
      expect(body.blocks).toHaveLength(5)
      expect(body.truncated).toBe(false)
    }
    expect((await ctx.app.request(`/api/v1/projects/${project.projectId}/units`, { headers: { cookie: bank } })).status).toBe(403)
    expect((await ctx.app.request(`/api/v1/projects/${project.projectId}/units`, { headers: { cookie: buyer } })).status).toBe(404)
    const filtered = await (await ctx.app.request(`/api/v1/projects/${project.projectId}/units?state=cancelled`, { headers: { cookie: owner } })).json()
    expect(filtered.blocks.map((b: { quantityTco2e: number }) => b.quantityTco2e)).toEqual([100, 10])
    expect((await ctx.app.request(`/api/v1/projects/${project.projectId}/units?state=gone`, { headers: { cookie: owner } })).status).toBe(400)
  })

  it('GET /holdings lists only my organisation\'s blocks', async () => {
    const res = await ctx.app.request('/api/v1/holdings', { headers: { cookie: buyer } })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ totals: [], blocks: [], truncated: false })
    const mine = await (await ctx.app.request(`/api/v1/holdings?projectId=${project.projectId}&state=held`, { headers: { cookie: owner } })).json()
    expect(mine.totals).toEqual([expect.objectContaining({ state: 'held', quantityTco2e: 840, blocks: 2 })])
    expect((await ctx.app.request('/api/v1/holdings')).status).toBe(401)
  })
})

describe('audit chain and ledger invariants', () => {
  it('verify names the first tampered event; restoring it makes the chain whole again', async () => {
    const ok = await ctx.app.request('/api/v1/audit/verify', { headers: { cookie: reviewer } })
    expect(ok.status).toBe(200)
    expect(await ok.json()).toMatchObject({ ok: true, firstBroken: null })

    const [target] = await ctx.sql<{ id: string; payload: Record<string, unknown> }[]>`
      SELECT id::text AS id, payload FROM audit_events WHERE action = 'units.cancel' ORDER BY id LIMIT 1`
    await ctx.sql`UPDATE audit_events SET payload = payload || '{"quantityTco2e": 1}'::jsonb WHERE id = ${target!.id}`
    const broken = await ctx.app.request('/api/v1/audit/verify', { headers: { cookie: admin } })
    const body = await broken.json()
    expect(body.ok).toBe(false)
    expect(body.firstBroken).toMatchObject({ id: target!.id, action: 'units.cancel' })
    expect(ctx.logLines.some((l) => l.includes('audit chain broken'))).toBe(true)

    await ctx.sql`UPDATE audit_events SET payload = ${ctx.sql.json(target!.payload as never)} WHERE id = ${target!.id}`
    expect((await (await ctx.app.request('/api/v1/audit/verify', { headers: { cookie: admin } })).json()).ok).toBe(true)
    expect((await ctx.app.request('/api/v1/audit/verify', { headers: { cookie: owner } })).status).toBe(403)
  })

  it('invariants: ok with the per-vintage table; a block shrunk behind the ledger\'s back is reported and logged', async () => {
    const res = await ctx.app.request('/api/v1/ledger/invariants', { headers: { cookie: admin } })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.ok).toBe(true)
    expect(body.rows).toContainEqual({
      projectId: project.projectId,
      vintage: 2024,
      issuedTco2e: 1000,
      byStateTco2e: { held: 840, listed: 0, pledged: 0, retired: 0, buffer: 50, cancelled: 110 },
      accountedTco2e: 1000,
      ok: true,
    })

    const [last] = await ctx.sql<{ id: string; last: string }[]>`
      SELECT id::text AS id, last_serial::text AS last FROM serial_blocks WHERE project_id = ${project.projectId} AND state = 'held' ORDER BY first_serial DESC LIMIT 1`
    await ctx.sql`UPDATE serial_blocks SET last_serial = last_serial - 1 WHERE id = ${last!.id}`
    const bad = await (await ctx.app.request('/api/v1/ledger/invariants', { headers: { cookie: reviewer } })).json()
    expect(bad.ok).toBe(false)
    expect(bad.rows.find((r: { projectId: string }) => r.projectId === project.projectId)).toMatchObject({ issuedTco2e: 1000, accountedTco2e: 999, ok: false })
    expect(ctx.logLines.some((l) => l.includes('ledger invariant violated'))).toBe(true)
    await ctx.sql`UPDATE serial_blocks SET last_serial = ${last!.last} WHERE id = ${last!.id}`
    expect((await ctx.app.request('/api/v1/ledger/invariants', { headers: { cookie: owner } })).status).toBe(403)
  })

  it('the database refuses two blocks sharing a serial, whatever the code does', async () => {
    const [b] = await ctx.sql<{ issuanceId: string; first: string }[]>`
      SELECT issuance_id AS "issuanceId", first_serial::text AS first FROM serial_blocks WHERE project_id = ${project.projectId} ORDER BY first_serial LIMIT 1`
    await expect(
      ctx.sql`INSERT INTO serial_blocks (project_id, vintage, issuance_id, first_serial, last_serial, holder_organisation_id, state)
              VALUES (${project.projectId}, 2024, ${b!.issuanceId}, ${b!.first}, ${b!.first}, ${project.organisationId}, 'held')`,
    ).rejects.toMatchObject({ code: '23P01' })
  })
})

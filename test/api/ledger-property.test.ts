import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import '../support/fast-check.setup.ts'
import { verifyAuditChain } from '../../api/db/queries/audit-events.ts'
import { ApiError } from '../../api/errors/api-error.ts'
import { issueCredits } from '../../api/issuances/issue-credits.ts'
import { checkLedgerInvariants } from '../../api/ledger/invariants.ts'
import { moveSerialRange, moveUnits, type UnitTransfer } from '../../api/ledger/move-units.ts'
import type { UnitState } from '../../api/ledger/unit-states.ts'
import { expectLedgerSound } from '../support/ledger-checks.ts'
import { organisationId, registeredProject } from '../support/registered-project.ts'
import { createTestContext, type TestContext } from '../support/test-app.ts'

let ctx: TestContext
let actorUserId: string
let holders: string[]
beforeAll(async () => {
  ctx = await createTestContext()
  const [user] = await ctx.sql<{ id: string }[]>`SELECT id FROM users WHERE email = 'reviewer@demo.test'`
  actorUserId = user!.id
  holders = [
    await organisationId(ctx.sql, 'demo-zhanjiang-mangrove'),
    await organisationId(ctx.sql, 'demo-buyer'),
    await organisationId(ctx.sql, 'demo-bank'),
    await organisationId(ctx.sql, 'platform-buffer-account'),
  ]
})
afterAll(async () => {
  if (ctx) await expectLedgerSound(ctx.sql)
  await ctx?.close()
})

const VINTAGES = [2024, 2025] as const
const VERIFIED = { 2024: 1500, 2025: 1000 } as const
const MOVABLE: UnitState[] = ['held', 'listed', 'pledged', 'buffer']

/** A fresh registered project of the demo owner with two issuances (10 % buffer); returns its first serial per vintage. */
async function issuedProject() {
  const p = await registeredProject(ctx.sql, { bufferRatio: 0.1 })
  const firstSerial: Record<number, number> = {}
  for (const vintage of VINTAGES) {
    const id = await ctx.sql.begin((tx) =>
      issueCredits(
        tx,
        { projectId: p.projectId, monitoringFrom: `${vintage}-01-01`, monitoringTo: `${vintage}-12-31`, vintage, verifiedTco2e: VERIFIED[vintage], verifier: 'VVB', verificationDocumentId: '5b0c2a8e-3f7d-4c1e-9a63-2d4f8e1b7c90', correspondingAdjustment: 'not_requested' },
        { userId: actorUserId, at: ctx.clock.now, locale: 'en' },
      ),
    )
    const [row] = await ctx.sql<{ first: string }[]>`SELECT first_serial::text AS first FROM issuances WHERE id = ${id}`
    firstSerial[vintage] = Number(row!.first)
  }
  return { ...p, firstSerial }
}

type Unit = { holder: number; state: UnitState }
type Op =
  | { kind: 'move'; vintage: 2024 | 2025; from: number; fromState: UnitState; to: number; toState: UnitState; quantity: number }
  | { kind: 'range'; vintage: 2024 | 2025; from: number; fromState: UnitState; to: number; toState: UnitState; offset: number; length: number }

const transfer = {
  vintage: fc.constantFrom(...VINTAGES),
  from: fc.integer({ min: 0, max: 3 }),
  fromState: fc.constantFrom(...MOVABLE),
  to: fc.integer({ min: 0, max: 3 }),
  // Cancellation is a move to 'cancelled'; retirement one to 'retired'.
  // Mostly live states, so units keep circulating instead of all ending final early.
  toState: fc.oneof({ arbitrary: fc.constantFrom(...MOVABLE), weight: 6 }, { arbitrary: fc.constantFrom<UnitState>('retired', 'cancelled'), weight: 1 }),
}
const opArb: fc.Arbitrary<Op> = fc
  .oneof(
    fc.record({ kind: fc.constant('move' as const), ...transfer, quantity: fc.integer({ min: 1, max: 300 }) }),
    fc.record({ kind: fc.constant('range' as const), ...transfer, offset: fc.integer({ min: 0, max: 1499 }), length: fc.integer({ min: 1, max: 120 }) }),
  )
  .filter((op) => op.from !== op.to || op.fromState !== op.toState)

/** The model: holder and state of every serial, as the ledger should have them. */
async function modelFromBlocks(projectId: string, firstSerial: Record<number, number>): Promise<Record<number, Unit[]>> {
  const model: Record<number, Unit[]> = {}
  for (const vintage of VINTAGES) model[vintage] = Array.from({ length: VERIFIED[vintage] }, () => ({ holder: -1, state: 'held' as UnitState }))
  const blocks = await ctx.sql<{ vintage: number; first: string; last: string; holder: string; state: UnitState }[]>`
    SELECT vintage, first_serial::text AS first, last_serial::text AS last, holder_organisation_id AS holder, state
    FROM serial_blocks WHERE project_id = ${projectId}`
  for (const b of blocks) {
    for (let s = Number(b.first); s <= Number(b.last); s++) {
      const unit = model[b.vintage]![s - firstSerial[b.vintage]!]!
      expect(unit.holder).toBe(-1) // no serial in two blocks
      unit.holder = holders.indexOf(b.holder)
      unit.state = b.state
    }
  }
  return model
}

describe('the ledger under 1,000 random operations', () => {
  it('keeps issued = Σ states, serials disjoint, and every serial where a serial-level model says', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1000, maxLength: 1000 }), async (ops) => {
        const p = await issuedProject()
        const model = await modelFromBlocks(p.projectId, p.firstSerial)
        let applied = 0
        let refused = 0
        for (const [i, op] of ops.entries()) {
          const units = model[op.vintage]!
          const t: UnitTransfer = { projectId: p.projectId, vintage: op.vintage, fromHolder: holders[op.from]!, fromState: op.fromState, toHolder: holders[op.to]!, toState: op.toState }
          const matches = (u: Unit) => u.holder === op.from && u.state === op.fromState
          let expected: number[] // serial offsets that must move
          let available: number
          if (op.kind === 'move') {
            const candidates = units.flatMap((u, k) => (matches(u) ? [k] : []))
            available = candidates.length
            expected = candidates.slice(0, op.quantity)
          } else {
            const offset = op.offset % units.length
            const last = Math.min(offset + op.length, units.length) - 1
            expected = Array.from({ length: last - offset + 1 }, (_, k) => offset + k)
            available = expected.filter((k) => matches(units[k]!)).length
          }
          const requested = op.kind === 'move' ? op.quantity : expected.length
          const actor = { actorUserId, action: 'test.move', at: ctx.clock.now }
          const base = p.firstSerial[op.vintage]!
          try {
            const result = await ctx.sql.begin((tx) =>
              op.kind === 'move'
                ? moveUnits(tx, { ...t, quantityTco2e: op.quantity }, actor)
                : moveSerialRange(tx, { ...t, firstSerial: base + expected[0]!, lastSerial: base + expected.at(-1)! }, actor),
            )
            expect(available, `op ${i} succeeded with only ${available} available`).toBeGreaterThanOrEqual(requested)
            const moved = result.ranges.flatMap((r) => Array.from({ length: r.quantityTco2e }, (_, k) => r.firstSerial - base + k)).sort((a, b) => a - b)
            expect(moved).toEqual(expected)
            for (const k of expected) units[k] = { holder: op.to, state: op.toState }
            applied++
          } catch (err) {
            if (!(err instanceof ApiError)) throw err
            expect(err.code).toBe('insufficient_units')
            expect(err.params).toMatchObject({ requested, available })
            expect(available).toBeLessThan(requested)
            refused++
          }
          if (i % 250 === 249) expect((await checkLedgerInvariants(ctx.sql)).ok).toBe(true)
        }
        // The ledger agrees with the model serial by serial, and both operations kinds happened.
        expect(await modelFromBlocks(p.projectId, p.firstSerial)).toEqual(model)
        expect(applied).toBeGreaterThan(100)
        expect(refused).toBeGreaterThan(50)
        const invariants = await checkLedgerInvariants(ctx.sql)
        expect(invariants.ok).toBe(true)
        expect(invariants.rows.filter((r) => r.projectId === p.projectId).map((r) => r.accountedTco2e)).toEqual([1500, 1000])
        expect((await verifyAuditChain(ctx.sql)).brokenAt).toBeNull()
        const [audits] = await ctx.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM audit_events WHERE action = 'test.move' AND subject_id = ${p.projectId}`
        expect(audits!.n).toBe(applied)
      }),
      { numRuns: 1, endOnFailure: true },
    )
  })
})

describe('concurrent moves from one holder', () => {
  it('never oversell and never refuse what is there: 14 concurrent moves of 100 from 1,350 held → 13 succeed, one refused naming the 50 left', async () => {
    const p = await issuedProject()
    // 2024: 1,500 verified, buffer 150, owner 1,350 held.
    const attempt = () =>
      ctx.sql
        .begin((tx) => moveUnits(tx, { projectId: p.projectId, vintage: 2024, fromHolder: holders[0]!, fromState: 'held', toHolder: holders[1]!, toState: 'held', quantityTco2e: 100 }, { actorUserId, action: 'test.sell', at: ctx.clock.now }))
        .then(
          () => 'ok',
          (err) => (err instanceof ApiError ? `${err.code}:${err.params.available}` : `error:${String(err)}`),
        )
    const outcomes = await Promise.all(Array.from({ length: 14 }, attempt))
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(13)
    expect(outcomes.filter((o) => o !== 'ok')).toEqual(['insufficient_units:50'])
    const [row] = await ctx.sql<{ buyer: string; owner: string }[]>`
      SELECT coalesce(sum(last_serial - first_serial + 1) FILTER (WHERE holder_organisation_id = ${holders[1]!}), 0)::text AS buyer,
             coalesce(sum(last_serial - first_serial + 1) FILTER (WHERE holder_organisation_id = ${holders[0]!} AND state = 'held'), 0)::text AS owner
      FROM serial_blocks WHERE project_id = ${p.projectId} AND vintage = 2024`
    expect(row).toEqual({ buyer: '1300', owner: '50' })
  })
})

import { expect } from 'vitest'
import { verifyAuditChain } from '../../api/db/queries/audit-events.ts'
import { checkLedgerInvariants } from '../../api/ledger/invariants.ts'
import type { Database } from '../../api/db/client.ts'

/** The end-of-file check of every ledger suite: invariants hold and the audit chain verifies. */
export async function expectLedgerSound(sql: Database): Promise<void> {
  const invariants = await checkLedgerInvariants(sql)
  expect(invariants.rows.filter((r) => !r.ok)).toEqual([])
  expect(invariants).toMatchObject({ ok: true, overlappingBlockPairs: 0, blocksOutsideIssuance: 0, unauditedBlockEvents: 0 })
  expect((await verifyAuditChain(sql)).brokenAt).toBeNull()
}

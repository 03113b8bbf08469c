import { z } from '@hono/zod-openapi'

/**
 * The states a serial block can be in (architecture.md, Ledger). `retired` and
 * `cancelled` are final: nothing moves a unit out of them.
 */
export const UNIT_STATES = ['held', 'listed', 'pledged', 'retired', 'buffer', 'cancelled'] as const
export const unitStateSchema = z.enum(UNIT_STATES)
export type UnitState = z.infer<typeof unitStateSchema>

export const FINAL_STATES: ReadonlySet<UnitState> = new Set(['retired', 'cancelled'])

import { z } from '@hono/zod-openapi'
import { unitStateSchema } from '../../ledger/unit-states.ts'

export const unitBlockSchema = z
  .object({
    id: z.string(),
    projectId: z.string().uuid(),
    projectName: z.string(),
    vintage: z.number().int(),
    holderOrganisationId: z.string().uuid(),
    holderName: z.string(),
    state: unitStateSchema,
    firstSerial: z.number().int(),
    lastSerial: z.number().int(),
    quantityTco2e: z.number().int(),
    serial: z.string().openapi({ example: 'CN-BC-P000001-2025-1-10800', description: 'CN-BC-<project code>-<vintage>-<first>-<last>' }),
  })
  .openapi('UnitBlock')

export const unitTotalSchema = z
  .object({
    projectId: z.string().uuid(),
    projectName: z.string(),
    vintage: z.number().int(),
    holderOrganisationId: z.string().uuid(),
    state: unitStateSchema,
    quantityTco2e: z.number().int(),
    blocks: z.number().int(),
  })
  .openapi('UnitTotal')

export const unitListingSchema = z.object({
  totals: z.array(unitTotalSchema).openapi({ description: 'Σ tCO2e per project, vintage, holder and state, over all matching blocks.' }),
  blocks: z.array(unitBlockSchema).openapi({ description: 'The matching blocks in serial order, at most 1,000.' }),
  truncated: z.boolean().openapi({ description: 'True when more than 1,000 blocks matched (totals still cover all).' }),
})

const vintageQuery = z.coerce.number().int().min(2000).max(2100)

export const holdingsQuery = z
  .object({
    projectId: z.string().uuid().optional(),
    vintage: vintageQuery.optional(),
    state: unitStateSchema.optional(),
  })
  .strict()

export const projectUnitsQuery = z
  .object({
    vintage: vintageQuery.optional(),
    state: unitStateSchema.optional(),
  })
  .strict()

/** States units may be cancelled from; retired and cancelled units are final. */
export const CANCELLABLE_STATES = ['held', 'listed', 'pledged', 'buffer'] as const

export const cancelUnitsBody = z
  .object({
    projectId: z.string().uuid(),
    vintage: z.number().int().min(2000).max(2100),
    holderOrganisationId: z.string().uuid(),
    fromState: z.enum(CANCELLABLE_STATES).default('held'),
    quantityTco2e: z.number().int().min(1).max(1_000_000_000).optional().openapi({ description: 'Cancel this many units, lowest serials first.' }),
    serials: z
      .object({
        firstSerial: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
        lastSerial: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
      })
      .strict()
      .optional()
      .openapi({ description: 'Cancel exactly this serial range (inclusive).' }),
    reason: z.string().trim().min(3).max(2000).openapi({ description: 'Why the units are cancelled; kept in the audit chain.' }),
  })
  .strict()
  .superRefine((body, ctx) => {
    if ((body.quantityTco2e === undefined) === (body.serials === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['quantityTco2e'], message: 'Give exactly one of quantityTco2e and serials', params: { zh: 'quantityTco2e 与 serials 必须且只能提供一个' } })
    }
    if (body.serials && body.serials.lastSerial < body.serials.firstSerial) {
      ctx.addIssue({ code: 'custom', path: ['serials', 'lastSerial'], message: 'The last serial is below the first', params: { zh: '结束序号小于起始序号' } })
    }
    if (body.serials && body.serials.lastSerial - body.serials.firstSerial >= 1_000_000_000) {
      ctx.addIssue({ code: 'custom', path: ['serials', 'lastSerial'], message: 'At most 1,000,000,000 serials at once', params: { zh: '一次最多 1,000,000,000 个序号' } })
    }
  })
  .openapi('CancelUnitsRequest')

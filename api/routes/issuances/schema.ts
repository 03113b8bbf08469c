import { z } from '@hono/zod-openapi'
import { CORRESPONDING_ADJUSTMENTS } from '../../issuances/issuance-rows.ts'

/** A calendar date 2000-01-01 … 2100-12-31 that exists (no 2025-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    const year = Number(s.slice(0, 4))
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && year >= 2000 && year <= 2100
  }, { message: 'Not a calendar date between 2000-01-01 and 2100-12-31', params: { zh: '不是 2000-01-01 至 2100-12-31 之间的有效日期' } })
  .openapi({ example: '2025-01-01', format: 'date' })

export const createIssuanceBody = z
  .object({
    monitoringPeriod: z
      .object({ from: isoDate, to: isoDate })
      .strict()
      .openapi({ description: 'The monitoring period the verification covers (dates inclusive); issued once per project.' }),
    vintage: z.number().int().min(2000).max(2100).openapi({ example: 2025, description: 'Year the reductions took place; within the monitoring period.' }),
    verifiedTco2e: z
      .number()
      .int()
      .min(1)
      .max(1_000_000_000)
      .openapi({ example: 12000, description: 'Verified emission reductions, whole tCO2e. Split into the owner share and the buffer share.' }),
    verifier: z.string().trim().min(1).max(200).openapi({ example: '中环联合（北京）认证中心', description: 'The verification body (VVB).' }),
    verificationDocumentId: z.string().uuid().openapi({ description: 'The verification report document of this project.' }),
    correspondingAdjustment: z
      .enum(CORRESPONDING_ADJUSTMENTS)
      .default('not_requested')
      .openapi({ description: 'Article 6: the host Party\'s corresponding-adjustment status for these units (as CADT models it).' }),
  })
  .strict()
  .superRefine((body, ctx) => {
    const { from, to } = body.monitoringPeriod
    if (from > to) {
      ctx.addIssue({ code: 'custom', path: ['monitoringPeriod', 'to'], message: 'The monitoring period ends before it starts', params: { zh: '监测期结束日期早于开始日期' } })
      return
    }
    if (body.vintage < Number(from.slice(0, 4)) || body.vintage > Number(to.slice(0, 4))) {
      ctx.addIssue({ code: 'custom', path: ['vintage'], message: `The vintage must be a year of the monitoring period (${from.slice(0, 4)}–${to.slice(0, 4)})`, params: { zh: `年份必须在监测期内（${from.slice(0, 4)}–${to.slice(0, 4)}）` } })
    }
  })
  .openapi('CreateIssuanceRequest')

export type CreateIssuanceBody = z.infer<typeof createIssuanceBody>

export const serialRangeSchema = z.object({
  firstSerial: z.number().int(),
  lastSerial: z.number().int(),
  serial: z.string().openapi({ example: 'CN-BC-P000001-2025-1-10800', description: 'CN-BC-<project code>-<vintage>-<first>-<last>' }),
})

export const issuanceSchema = z
  .object({
    id: z.string().uuid(),
    projectId: z.string().uuid(),
    registryCode: z.string().openapi({ example: 'P000001' }),
    monitoringPeriod: z.object({ from: z.string(), to: z.string() }),
    vintage: z.number().int(),
    verifiedTco2e: z.number().int(),
    verifier: z.string(),
    verificationDocumentId: z.string().uuid(),
    bufferRatio: z.string().openapi({ example: '0.100000', description: 'Non-permanence buffer ratio (0–1) from the project\'s estimates.' }),
    bufferTco2e: z.number().int(),
    ownerTco2e: z.number().int(),
    serials: serialRangeSchema,
    article6: z.object({ correspondingAdjustment: z.enum(CORRESPONDING_ADJUSTMENTS) }),
    createdBy: z.string().uuid(),
    createdAt: z.string(),
  })
  .openapi('Issuance')

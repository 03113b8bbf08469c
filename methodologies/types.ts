import { z } from 'zod'
import type { Unit } from './units.ts'

/**
 * Where a number comes from. `status` follows the tags of
 * shared/docs/references/methodologies.md §0: primary text, a secondary source
 * quoting it, a structure inferred from context, or an explicit assumption.
 */
export const citationSchema = z.object({
  id: z.string().min(1),
  document: z.string().min(1),
  locator: z.string().optional(),
  url: z.string().optional(),
  status: z.enum(['primary', 'secondary', 'inferred', 'assumption', 'derived']),
})
export type Citation = z.infer<typeof citationSchema>

export type Bilingual = { zh: string; en: string }

/** Metadata every numeric input carries; emitted into JSON Schema through zod's `.meta()`. */
export type FieldMeta = {
  unit: Unit
  about: Bilingual
  /** Required for every number that has a default; optional only for pure user data (e.g. area). */
  source?: Citation
}

export const SINK_TYPES = ['mangrove', 'wetland', 'forest', 'marine', 'coastal'] as const
export type SinkType = (typeof SINK_TYPES)[number]

/** Area-based result contract (issue 4 §5), shared by every area-based methodology. */
export const yearRowSchema = z.object({
  year: z.number().int(),
  grossRemovalsTco2e: z.number(),
  baselineTco2e: z.number(),
  projectEmissionsTco2e: z.number(),
  leakageTco2e: z.number(),
  uncertaintyDeductionTco2e: z.number(),
  bufferTco2e: z.number(),
  netCreditsTco2e: z.number(),
})
export type YearRow = z.infer<typeof yearRowSchema>
/** The tCO2e columns of a year row (and of the totals), in contract order. */
export const TCO2E_KEYS = yearRowSchema.omit({ year: true }).keyof().options

export const areaBasedResultSchema = z.object({
  methodology: z.object({ id: z.string(), version: z.string() }),
  areaHa: z.number(),
  years: z.array(yearRowSchema),
  totals: yearRowSchema.omit({ year: true }),
  deductions: z
    .object({
      leakageRatio: z.number(),
      uncertaintyRatio: z.number(),
      bufferRatio: z.number(),
      uncertaintyRule: z.string(),
    })
    .optional(),
  warnings: z.array(z.object({ code: z.string(), message: z.object({ zh: z.string(), en: z.string() }) })),
})
export type AreaBasedResult = z.infer<typeof areaBasedResultSchema>

/**
 * A methodology: a declarative spec and a pure compute (InVEST MODEL_SPEC / execute).
 * `compute` has no I/O, no clock, no randomness: the same input always gives the same output.
 */
export interface Methodology<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  id: string
  version: string
  title: Bilingual
  description: Bilingual
  sinkType: SinkType
  /** `area-based` results follow areaBasedResultSchema; `transition` is the InVEST-style model. */
  kind: 'area-based' | 'transition' | 'valuation'
  input: I
  output: O
  references: Citation[]
  compute: (input: z.output<I>) => z.output<O>
}

/** Identity helper that keeps the generic types of a methodology literal. */
export function defineMethodology<I extends z.ZodType, O extends z.ZodType>(m: Methodology<I, O>): Methodology<I, O> {
  return m
}

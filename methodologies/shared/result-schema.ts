import { z } from 'zod'
import { nonPermanenceOutcomeSchema } from '../deductions/non-permanence-schema.ts'
import { areaBasedResultSchema } from '../types.ts'
import { growthCurveReportSchema } from './growth-report.ts'

/**
 * The area-based contract with our optional extensions: gross removals by
 * carbon pool over the whole period, the non-permanence score behind the buffer,
 * and the growth curves behind tree removals.
 */
export const areaBasedOutputSchema = areaBasedResultSchema.extend({
  poolTotalsTco2e: z.record(z.string(), z.number()).optional(),
  nonPermanence: nonPermanenceOutcomeSchema.optional(),
  /** The stand growth curves behind tree removals (afforestation methodologies). */
  growthCurves: z.array(growthCurveReportSchema).optional(),
})
export type AreaBasedOutput = z.output<typeof areaBasedOutputSchema>

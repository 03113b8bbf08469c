import { z } from 'zod'
import { nonPermanenceOutcomeSchema } from '../deductions/non-permanence-schema.ts'
import { areaBasedResultSchema } from '../types.ts'

/**
 * The area-based contract with our optional extensions: gross removals by
 * carbon pool over the whole period, and the non-permanence score behind the buffer.
 */
export const areaBasedOutputSchema = areaBasedResultSchema.extend({
  poolTotalsTco2e: z.record(z.string(), z.number()).optional(),
  nonPermanence: nonPermanenceOutcomeSchema.optional(),
})
export type AreaBasedOutput = z.output<typeof areaBasedOutputSchema>

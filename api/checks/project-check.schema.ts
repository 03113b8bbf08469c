import { z } from '@hono/zod-openapi'

export const CHECK_STATUSES = ['pass', 'warn', 'fail'] as const

/** One automated check of a project, computed fresh (issue 11 item 2); reviewers see and store these with each decision. */
export const projectCheckSchema = z
  .object({
    id: z.string().openapi({ example: 'overlap', description: 'Stable id: overlap, methodology_sink_type, methodology_intertidal, documents_for_review, documents_for_issuance, estimate_reproduces.' }),
    status: z.enum(CHECK_STATUSES),
    message: z.object({ zh: z.string(), en: z.string() }),
    evidence: z.record(z.string(), z.unknown()).openapi({ description: 'Facts behind the status (areas in ha, shares as ratios, ids).' }),
  })
  .openapi('ProjectCheck')

export type ProjectCheck = z.infer<typeof projectCheckSchema>

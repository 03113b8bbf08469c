import { z } from '@hono/zod-openapi'
import type { RegisteredMethodology } from '../../../methodologies/index.ts'

const bilingual = z.object({ zh: z.string(), en: z.string() })
const citation = z.object({
  id: z.string(),
  document: z.string(),
  locator: z.string().optional(),
  url: z.string().optional(),
  status: z.string(),
})

export const methodologySummarySchema = z
  .object({
    id: z.string().openapi({ example: 'mangrove-afforestation' }),
    version: z.string(),
    title: bilingual,
    description: bilingual,
    sinkType: z.string(),
    kind: z.enum(['area-based', 'transition', 'valuation']),
    references: z.array(citation),
  })
  .openapi('MethodologySummary')

export const methodologyDetailSchema = methodologySummarySchema
  .extend({
    inputSchema: z.record(z.string(), z.unknown()).openapi({
      description: 'JSON Schema (2020-12) of the inputs; every number carries `unit`, `about` {zh,en}, and with a default its `source`.',
    }),
    outputSchema: z.record(z.string(), z.unknown()),
  })
  .openapi('MethodologyDetail')

export function summarise(m: RegisteredMethodology): z.infer<typeof methodologySummarySchema> {
  return { id: m.id, version: m.version, title: m.title, description: m.description, sinkType: m.sinkType, kind: m.kind, references: m.references }
}

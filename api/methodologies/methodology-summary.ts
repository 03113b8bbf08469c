import { z } from 'zod'

const bilingual = z.object({ zh: z.string(), en: z.string() })
const citation = z.object({
  id: z.string(),
  document: z.string(),
  locator: z.string().optional(),
  url: z.string().optional(),
  status: z.string(),
})

/**
 * A methodology as GET /api/v1/methodologies lists it, and with its input and
 * output JSON Schemas as GET /api/v1/methodologies/{id} returns it. Plain zod,
 * no server imports: the web app parses those answers with these very
 * schemas; schema.ts names them in the OpenAPI document.
 */
export const methodologySummary = z.object({
  id: z.string().meta({ example: 'mangrove-afforestation' }),
  version: z.string(),
  title: bilingual,
  description: bilingual,
  sinkType: z.string(),
  kind: z.enum(['area-based', 'transition', 'valuation']),
  references: z.array(citation),
})

/** What the detail adds to the summary (kept as fields, so the OpenAPI document shows the detail as summary + these). */
export const methodologyDetailFields = {
  inputSchema: z.record(z.string(), z.unknown()).meta({
    description: 'JSON Schema (2020-12) of the inputs; every number carries `unit`, `about` {zh,en}, and with a default its `source`.',
  }),
  outputSchema: z.record(z.string(), z.unknown()),
}

export const methodologyDetail = methodologySummary.extend(methodologyDetailFields)

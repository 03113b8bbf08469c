import { z } from 'zod'

/**
 * A stored estimate as the API lists it. Plain zod, no server imports: the web
 * app parses responses with this very schema (web/src/api/estimates.ts), and
 * schema.ts registers it in the OpenAPI document.
 */
export const savedEstimate = z.object({
  id: z.string().uuid(),
  siteId: z.string().uuid(),
  methodology: z.object({ id: z.string(), version: z.string() }),
  contentHash: z.string().meta({ description: 'SHA-256 of the canonical JSON of methodology, inputs and outputs.' }),
  areaHa: z.number().nullable(),
  totalNetCreditsTco2e: z.number().nullable(),
  createdAt: z.string(),
})

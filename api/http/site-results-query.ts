import { z } from '@hono/zod-openapi'

/** The query of a list of a site's saved results (estimates, valuations): the site and a page size. */
export const siteResultsQuery = z.object({ siteId: z.string().uuid(), limit: z.coerce.number().int().min(1).max(200).default(50) })

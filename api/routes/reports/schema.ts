import { z } from '@hono/zod-openapi'

export const reportParamsSchema = z.object({ siteId: z.string().uuid() })

export const reportQuerySchema = z.object({
  lang: z.enum(['zh', 'en']).optional().openapi({ description: 'Report language; without it, Accept-Language decides (zh or en).' }),
})

import { z } from '@hono/zod-openapi'
import type { ApiTokenRow } from '../../db/queries/api-tokens.ts'

/** Tokens start with it so a leaked one is recognisable (e.g. by secret scanners). */
export const TOKEN_PREFIX = 'bct_'

export const apiTokenSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    tokenPrefix: z.string().openapi({ description: 'The first characters of the secret, to recognise it.' }),
    createdAt: z.string(),
    expiresAt: z.string().nullable().openapi({ description: 'Null only for tokens made before expiry became the default.' }),
    lastUsedAt: z.string().nullable().openapi({ description: 'Last request made with the token (updated at most once a minute).' }),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiToken')
export type ApiToken = z.infer<typeof apiTokenSchema>

export const tokenIdParam = z.object({ tokenId: z.string().uuid().openapi({ param: { name: 'tokenId', in: 'path' } }) })

const iso = (d: Date | null) => (d ? d.toISOString() : null)

export function toApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    tokenPrefix: row.tokenPrefix,
    createdAt: row.createdAt.toISOString(),
    expiresAt: iso(row.expiresAt),
    lastUsedAt: iso(row.lastUsedAt),
    revokedAt: iso(row.revokedAt),
  }
}

import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireRole } from '../../auth/authorize.ts'
import { verifyAuditChain } from '../../db/queries/audit-events.ts'
import { authProblems, commonProblems } from '../../http/problem-responses.ts'

const route = createRoute({
  method: 'get',
  path: '/verify',
  tags: ['Registry'],
  operationId: 'verifyAuditChain',
  summary: 'Recompute the audit hash chain and name the first broken event (admin, reviewer)',
  description: 'Each event\'s hash covers the previous event\'s hash and its own canonical content; an edited, deleted or inserted row breaks the chain from there on.',
  responses: {
    200: {
      description: 'Whether the chain is intact, and where it first breaks',
      content: {
        'application/json': {
          schema: z.object({
            ok: z.boolean(),
            events: z.number().int(),
            firstBroken: z
              .object({ id: z.string(), occurredAt: z.string(), action: z.string(), subjectType: z.string(), subjectId: z.string() })
              .nullable(),
          }),
        },
      },
    },
    ...authProblems,
    ...commonProblems,
  },
})

export function registerVerifyAudit(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    requireRole(c, 'admin', 'reviewer')
    const { sql } = c.var.services
    const result = await verifyAuditChain(sql)
    let firstBroken = null
    if (result.brokenAt !== null) {
      const [row] = await sql<{ id: string; occurredAt: Date; action: string; subjectType: string; subjectId: string }[]>`
        SELECT id::text AS id, occurred_at AS "occurredAt", action, subject_type AS "subjectType", subject_id AS "subjectId"
        FROM audit_events WHERE id = ${result.brokenAt}`
      firstBroken = { ...row!, occurredAt: row!.occurredAt.toISOString() }
      c.get('logger').error('audit chain broken', { firstBrokenEventId: row!.id })
    }
    return c.json({ ok: result.brokenAt === null, events: result.events, firstBroken }, 200)
  })
}

import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireRole } from '../../auth/authorize.ts'
import { authProblems, commonProblems } from '../../http/problem-responses.ts'
import { checkLedgerInvariants } from '../../ledger/invariants.ts'
import { UNIT_STATES } from '../../ledger/unit-states.ts'

const tco2eByState = z.object(Object.fromEntries(UNIT_STATES.map((s) => [s, z.number().int()])) as Record<(typeof UNIT_STATES)[number], z.ZodNumber>)

const route = createRoute({
  method: 'get',
  path: '/invariants',
  tags: ['Registry'],
  operationId: 'checkLedgerInvariants',
  summary: 'Recompute the ledger invariants (admin, reviewer)',
  description:
    'Per project and vintage, issued = held + listed + pledged + retired + buffer + cancelled; no serial in two blocks; every block within its issuance; every block change audited. Always 200: `ok: false` means the ledger is broken, and an error-level alarm is logged.',
  responses: {
    200: {
      description: 'The invariant table and the overall flag',
      content: {
        'application/json': {
          schema: z.object({
            ok: z.boolean(),
            rows: z.array(
              z.object({
                projectId: z.string().uuid(),
                vintage: z.number().int(),
                issuedTco2e: z.number().int(),
                byStateTco2e: tco2eByState,
                accountedTco2e: z.number().int(),
                ok: z.boolean(),
              }),
            ),
            overlappingBlockPairs: z.number().int(),
            blocksOutsideIssuance: z.number().int(),
            unauditedBlockEvents: z.number().int(),
          }),
        },
      },
    },
    ...authProblems,
    ...commonProblems,
  },
})

export function registerLedgerInvariants(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    requireRole(c, 'admin', 'reviewer')
    const result = await checkLedgerInvariants(c.var.services.sql)
    if (!result.ok) {
      c.get('logger').error('ledger invariant violated', {
        rows: result.rows.filter((r) => !r.ok),
        overlappingBlockPairs: result.overlappingBlockPairs,
        blocksOutsideIssuance: result.blocksOutsideIssuance,
        unauditedBlockEvents: result.unauditedBlockEvents,
      })
    }
    return c.json(result, 200)
  })
}

import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireRole } from '../../auth/authorize.ts'
import { authProblems, commonProblems, conflictProblem } from '../../http/problem-responses.ts'
import { moveSerialRange, moveUnits, type UnitTransfer } from '../../ledger/move-units.ts'
import { cancelUnitsBody } from './schema.ts'

const route = createRoute({
  method: 'post',
  path: '/units/cancel',
  tags: ['Registry'],
  operationId: 'cancelUnits',
  summary: 'Cancel units for a correction (admin, reason required)',
  description:
    'Cancels a quantity (lowest serials first) or an exact serial range held by one organisation in one state; blocks are split as needed. 409 `insufficient_units` names what is available; nothing changes then.',
  request: { body: { required: true, content: { 'application/json': { schema: cancelUnitsBody } } } },
  responses: {
    200: {
      description: 'The cancelled serial ranges',
      content: {
        'application/json': {
          schema: z.object({
            quantityTco2e: z.number().int(),
            ranges: z.array(z.object({ blockId: z.string(), firstSerial: z.number().int(), lastSerial: z.number().int(), quantityTco2e: z.number().int() })),
            auditEventId: z.string(),
          }),
        },
      },
    },
    ...authProblems,
    ...conflictProblem,
    ...commonProblems,
  },
})

export function registerCancelUnits(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireRole(c, 'admin')
    const body = c.req.valid('json')
    const { sql, now } = c.var.services
    const actor = { actorUserId: user.id, action: 'units.cancel', at: now(), reason: body.reason }
    const transfer: UnitTransfer = {
      projectId: body.projectId,
      vintage: body.vintage,
      fromHolder: body.holderOrganisationId,
      fromState: body.fromState,
      toHolder: body.holderOrganisationId,
      toState: 'cancelled',
    }
    const result = await sql.begin((tx) =>
      body.serials
        ? moveSerialRange(tx, { ...transfer, ...body.serials }, actor)
        : moveUnits(tx, { ...transfer, quantityTco2e: body.quantityTco2e! }, actor),
    )
    return c.json({ quantityTco2e: result.quantityTco2e, ranges: result.ranges, auditEventId: result.auditEventId }, 200)
  })
}

import { createRoute } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireUser } from '../../auth/authorize.ts'
import { authProblems, commonProblems } from '../../http/problem-responses.ts'
import { blockTotals, listBlocks } from '../../ledger/unit-listing.ts'
import { holdingsQuery, unitListingSchema } from '../units/schema.ts'

const route = createRoute({
  method: 'get',
  path: '/',
  tags: ['Registry'],
  operationId: 'listHoldings',
  summary: 'The serial blocks my organisation holds, with totals by project, vintage and state',
  request: { query: holdingsQuery },
  responses: {
    200: { description: 'Totals and blocks', content: { 'application/json': { schema: unitListingSchema } } },
    ...authProblems,
    ...commonProblems,
  },
})

export function registerListHoldings(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const user = requireUser(c)
    const query = c.req.valid('query')
    const { sql } = c.var.services
    const filter = { holderOrganisationId: user.organisationId, projectId: query.projectId, vintage: query.vintage, state: query.state }
    const [totals, listing] = [await blockTotals(sql, filter), await listBlocks(sql, filter)]
    return c.json({ totals, ...listing }, 200)
  })
}

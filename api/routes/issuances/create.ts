import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env.ts'
import { requireRole, requireUser } from '../../auth/authorize.ts'
import { ApiError } from '../../errors/api-error.ts'
import { authProblems, commonProblems, conflictProblem, notFoundProblem } from '../../http/problem-responses.ts'
import { findIssuance, toIssuanceResponse } from '../../issuances/issuance-rows.ts'
import { issueCredits } from '../../issuances/issue-credits.ts'
import { listIssuanceBlocks } from '../../ledger/unit-listing.ts'
import { readableProject } from '../../projects/project-access.ts'
import { projectIdParam } from '../projects/schema.ts'
import { unitBlockSchema } from '../units/schema.ts'
import { createIssuanceBody, issuanceSchema } from './schema.ts'

const route = createRoute({
  method: 'post',
  path: '/{projectId}/issuances',
  tags: ['Registry'],
  operationId: 'createIssuance',
  summary: 'Issue verified credits in serial blocks (reviewer of an independent exchange)',
  description:
    'For a registered project: the verified quantity becomes serials CN-BC-<project code>-<vintage>-<first>-<last>. The buffer share — verified × the highest non-permanence buffer ratio among the latest estimates of the project\'s sites, rounded up to whole tonnes — goes to the platform buffer account (state `buffer`), the rest to the project organisation (state `held`). 403 `reviewer_not_independent` for a reviewer of the owner\'s organisation or of a non-exchange organisation; 409 `project_not_registered`, `issuance_period_taken` (the period overlaps one already issued), `buffer_estimate_missing`.',
  request: {
    params: projectIdParam,
    body: { required: true, content: { 'application/json': { schema: createIssuanceBody } } },
  },
  responses: {
    201: {
      description: 'The issuance and the blocks it created',
      content: { 'application/json': { schema: z.object({ issuance: issuanceSchema, blocks: z.array(unitBlockSchema) }) } },
    },
    ...authProblems,
    ...notFoundProblem,
    ...conflictProblem,
    ...commonProblems,
  },
})

export function registerCreateIssuance(router: OpenAPIHono<AppEnv>) {
  router.openapi(route, async (c) => {
    const { projectId } = c.req.valid('param')
    const body = c.req.valid('json')
    const { sql, now } = c.var.services
    const locale = c.get('locale')
    // A project the caller cannot see answers 404 before the role is judged, as a missing one does.
    const project = await readableProject(sql, requireUser(c), projectId)
    const user = requireRole(c, 'reviewer')
    // Verification must come from an exchange independent of the project owner.
    if (user.organisationKind !== 'exchange' || user.organisationId === project.organisationId) throw new ApiError('reviewer_not_independent')
    const today = now().toISOString().slice(0, 10)
    if (body.monitoringPeriod.to > today) {
      const message = locale === 'zh' ? `监测期不能在今天（${today}）之后结束` : `The monitoring period cannot end after today (${today})`
      throw new ApiError('validation_failed', { params: { count: 1 }, errors: [{ path: 'monitoringPeriod.to', code: 'custom', message }] })
    }
    const at = now()
    const issuanceId = await sql.begin((tx) =>
      issueCredits(
        tx,
        {
          projectId,
          monitoringFrom: body.monitoringPeriod.from,
          monitoringTo: body.monitoringPeriod.to,
          vintage: body.vintage,
          verifiedTco2e: body.verifiedTco2e,
          verifier: body.verifier,
          verificationDocumentId: body.verificationDocumentId,
          correspondingAdjustment: body.correspondingAdjustment,
        },
        { userId: user.id, at, locale },
      ),
    )
    const issuance = toIssuanceResponse((await findIssuance(sql, issuanceId))!)
    return c.json({ issuance, blocks: await listIssuanceBlocks(sql, issuanceId) }, 201)
  })
}

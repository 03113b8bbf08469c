import type { AuthUser } from '../auth/auth-user.ts'
import { assertCanReadProject } from '../projects/project-access.ts'
import type { Sql } from '../db/client.ts'
import { findEstimate, type EstimateRow } from '../db/queries/estimates.ts'
import { findSite } from '../db/queries/sites.ts'
import { ApiError } from '../errors/api-error.ts'

const ESTIMATE_NOT_FOUND = { resource: 'estimate', resourceZh: '估算' }

/** A saved estimate the caller may read, or a 404 problem, the same for a hidden one as for a missing one. */
export async function loadReadableEstimate(sql: Sql, user: AuthUser, estimateId: string): Promise<EstimateRow> {
  const row = await findEstimate(sql, estimateId)
  const site = row ? await findSite(sql, row.siteId) : undefined
  if (!row || !site) throw new ApiError('not_found', { params: ESTIMATE_NOT_FOUND })
  assertCanReadProject(user, { organisationId: site.organisationId, status: site.projectStatus }, ESTIMATE_NOT_FOUND)
  return row
}

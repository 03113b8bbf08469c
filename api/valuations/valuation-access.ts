import type { AuthUser } from '../auth/auth-user.ts'
import { assertCanReadProject } from '../projects/project-access.ts'
import type { Sql } from '../db/client.ts'
import { findSite } from '../db/queries/sites.ts'
import { findValuation, type ValuationRow } from '../db/queries/valuations.ts'
import { ApiError } from '../errors/api-error.ts'

const VALUATION_NOT_FOUND = { resource: 'valuation', resourceZh: '价值核算' }

/** A saved valuation the caller may read, or a 404 problem, the same for a hidden one as for a missing one. */
export async function loadReadableValuation(sql: Sql, user: AuthUser, valuationId: string): Promise<ValuationRow> {
  const row = await findValuation(sql, valuationId)
  const site = row ? await findSite(sql, row.siteId) : undefined
  if (!row || !site) throw new ApiError('not_found', { params: VALUATION_NOT_FOUND })
  assertCanReadProject(user, { organisationId: site.organisationId, status: site.projectStatus }, VALUATION_NOT_FOUND)
  return row
}

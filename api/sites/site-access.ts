import type { AuthUser } from '../auth/auth-user.ts'
import { assertCanReadProject, assertCanWriteProject } from '../auth/project-access.ts'
import type { Sql } from '../db/client.ts'
import { findSite, type SiteWithProjectRow } from '../db/queries/sites.ts'
import { ApiError } from '../errors/api-error.ts'

export const SITE_NOT_FOUND = { resource: 'site', resourceZh: '地块' }

/** The site if the caller may read its project; 404 when missing or hidden (a foreign draft). */
export async function readableSite(sql: Sql, user: AuthUser, id: string): Promise<SiteWithProjectRow> {
  const site = await findSite(sql, id)
  if (!site) throw new ApiError('not_found', { params: SITE_NOT_FOUND })
  assertCanReadProject(user, { organisationId: site.organisationId, status: site.projectStatus }, SITE_NOT_FOUND)
  return site
}

/**
 * A site for an estimate or valuation: readable to compute on it, owned (owner
 * role or admin) to save a result against it. Saving analysis does not change
 * the site, so a submitted or registered project still accepts it.
 */
export async function analysableSite(sql: Sql, user: AuthUser, id: string, options: { save: boolean }): Promise<SiteWithProjectRow> {
  const site = await findSite(sql, id)
  if (!site) throw new ApiError('not_found', { params: SITE_NOT_FOUND })
  const ownership = { organisationId: site.organisationId, status: site.projectStatus }
  if (options.save) assertCanWriteProject(user, ownership, SITE_NOT_FOUND)
  else assertCanReadProject(user, ownership, SITE_NOT_FOUND)
  return site
}

import type { AuthUser } from '../auth/auth-user.ts'
import { assertCanReadProject, assertCanWriteProject, assertWritableProject, lockEditableProject } from '../projects/project-access.ts'
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

/**
 * For a change to a site: locks its project, checks the caller may write it
 * (404 hidden, 403 foreign) and that the project is still editable (409).
 */
export async function lockSiteForWrite(tx: Sql, user: AuthUser, id: string): Promise<SiteWithProjectRow> {
  const site = await findSite(tx, id)
  if (!site) throw new ApiError('not_found', { params: SITE_NOT_FOUND })
  try {
    const project = await lockEditableProject(tx, user, site.projectId)
    // The status as locked, not as read before the lock was granted.
    return { ...site, projectStatus: project.status }
  } catch (err) {
    if (err instanceof ApiError && err.code === 'not_found') throw new ApiError('not_found', { params: SITE_NOT_FOUND })
    throw err
  }
}

/** lockSiteForWrite's checks without the lock, before slow work outside the transaction. */
export async function writableSite(sql: Sql, user: AuthUser, id: string): Promise<SiteWithProjectRow> {
  const site = await findSite(sql, id)
  if (!site) throw new ApiError('not_found', { params: SITE_NOT_FOUND })
  try {
    await assertWritableProject(sql, user, site.projectId)
  } catch (err) {
    if (err instanceof ApiError && err.code === 'not_found') throw new ApiError('not_found', { params: SITE_NOT_FOUND })
    throw err
  }
  return site
}

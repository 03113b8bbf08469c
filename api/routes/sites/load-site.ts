import type { AuthUser } from '../../auth/auth-user.ts'
import { assertCanReadProject } from '../../auth/project-access.ts'
import type { Sql } from '../../db/client.ts'
import { findSite, type SiteWithProjectRow } from '../../db/queries/sites.ts'
import { ApiError } from '../../errors/api-error.ts'
import { assertWritableProject, lockEditableProject } from '../projects/load-project.ts'

const SITE_NOT_FOUND = { resource: 'site', resourceZh: '地块' }

/** The site if the caller may read its project; 404 when missing or hidden (a foreign draft). */
export async function readableSite(sql: Sql, user: AuthUser, id: string): Promise<SiteWithProjectRow> {
  const site = await findSite(sql, id)
  if (!site) throw new ApiError('not_found', { params: SITE_NOT_FOUND })
  try {
    assertCanReadProject(user, { organisationId: site.organisationId, status: site.projectStatus })
  } catch (err) {
    // Same answer as a missing site, so a hidden one cannot be told apart.
    if (err instanceof ApiError && err.code === 'not_found') throw new ApiError('not_found', { params: SITE_NOT_FOUND })
    throw err
  }
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
    await lockEditableProject(tx, user, site.projectId)
  } catch (err) {
    if (err instanceof ApiError && err.code === 'not_found') throw new ApiError('not_found', { params: SITE_NOT_FOUND })
    throw err
  }
  return site
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

import type { AuthUser } from '../../auth/auth-user.ts'
import type { Sql } from '../../db/client.ts'
import { findSite, type SiteWithProjectRow } from '../../db/queries/sites.ts'
import { ApiError } from '../../errors/api-error.ts'
import { SITE_NOT_FOUND } from '../../sites/site-access.ts'
import { assertWritableProject, lockEditableProject } from '../projects/load-project.ts'


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

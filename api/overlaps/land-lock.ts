import type { MultiPolygon } from 'geojson'
import type { Sql } from '../db/client.ts'
import { lockLand, storedSiteBoxes } from '../db/queries/land-locks.ts'
import { boxOf, landLockFor } from './land-lock-cells.ts'

/**
 * Serialises everything that checks or changes claimed land in one area: a
 * submission's overlap check with the status change it guards, and changes to
 * the sites of a project that already claims its land. Call it inside the
 * transaction, after the project's row lock and before reading overlaps or
 * writing geometry, with every stored site and every new geometry involved
 * (a moved site: its old and its new shape, in this one call).
 */
export async function lockClaimedLand(tx: Sql, land: { siteIds?: string[]; geometries?: MultiPolygon[] }): Promise<void> {
  const boxes = [...(await storedSiteBoxes(tx, land.siteIds ?? [])), ...(land.geometries ?? []).map(boxOf)]
  await lockLand(tx, landLockFor(boxes))
}

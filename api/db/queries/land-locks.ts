import type { LandLock, LonLatBox } from '../../overlaps/land-lock-cells.ts'
import type { Sql } from '../client.ts'

/**
 * First key of the two-integer advisory locks on land (ASCII "LAND"). The
 * audit chain's lock uses the one-bigint form, a separate key space.
 */
const LAND_LOCK_SPACE = 0x4c414e44
/** Second key meaning "all land": held shared beside cell locks, exclusive to lock everywhere. */
const EVERYWHERE = -1

/** Bounding boxes of stored sites, as float8 straight from the stored geometry. */
export async function storedSiteBoxes(sql: Sql, siteIds: string[]): Promise<LonLatBox[]> {
  if (!siteIds.length) return []
  return sql<LonLatBox[]>`
    SELECT ST_XMin(geom) AS "minLon", ST_YMin(geom) AS "minLat", ST_XMax(geom) AS "maxLon", ST_YMax(geom) AS "maxLat"
    FROM sites WHERE id = ANY(${sql.array(siteIds)}::uuid[])`
}

/**
 * Takes transaction-scoped advisory locks on land, released at commit or
 * rollback. Cell locks sit under a shared lock on "everywhere", so a
 * transaction that locks everywhere (exclusive) waits for every cell holder
 * and they for it, while cell holders wait only for each other. The
 * "everywhere" lock is always taken first, then cells in ascending order: one
 * global order, so no two transactions deadlock. PostgreSQL evaluates a
 * volatile select list after ORDER BY (since 9.6), so the cells are locked in
 * that order within the one statement.
 */
export async function lockLand(sql: Sql, lock: LandLock): Promise<void> {
  if (lock.everywhere) {
    await sql`SELECT pg_advisory_xact_lock(${LAND_LOCK_SPACE}::int, ${EVERYWHERE}::int)`
    return
  }
  if (!lock.cells.length) return
  await sql`SELECT pg_advisory_xact_lock_shared(${LAND_LOCK_SPACE}::int, ${EVERYWHERE}::int)`
  await sql`
    SELECT pg_advisory_xact_lock(${LAND_LOCK_SPACE}::int, cell)
    FROM unnest(${sql.array(lock.cells)}::int[]) AS cell ORDER BY cell`
}

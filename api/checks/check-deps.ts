import type { Sql } from '../db/client.ts'

/** What the checks need; AppServices satisfies it, so handlers pass c.var.services. */
export type CheckDeps = {
  sql: Sql
  config: { maxOverlapShare: number }
  /** The land layer for the coastline test; default the offline basemap the web map shows. */
  landFile?: URL
}

/** The project facts every check starts from. */
export type CheckedProject = { id: string; sinkType: string; methodologyId: string | null; status: string; areaHa: number; siteIds: string[] }

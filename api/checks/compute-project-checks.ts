import { findProject } from '../db/queries/projects.ts'
import type { CheckDeps, CheckedProject } from './check-deps.ts'
import { estimateReproducesCheck } from './estimate-reproduces.check.ts'
import { intertidalCheck, sinkTypeCheck } from './methodology.check.ts'
import { overlapCheck } from './overlap.check.ts'
import type { ProjectCheck } from './project-check.schema.ts'
import { requiredDocumentsChecks } from './required-documents.check.ts'

/**
 * Every automated check of a project, computed fresh from the database, in a
 * stable order. Access is the caller's business (the route checks it); a
 * missing project is a programmer error here. Run it with the transaction's
 * `sql` to store the checks with a review decision.
 */
export async function computeProjectChecks(deps: CheckDeps, projectId: string): Promise<ProjectCheck[]> {
  const row = await findProject(deps.sql, projectId)
  if (!row) throw new Error(`computeProjectChecks: no project ${projectId}`)
  const sites = await deps.sql<{ id: string }[]>`SELECT id FROM sites WHERE project_id = ${projectId} ORDER BY id`
  const project: CheckedProject = {
    id: row.id,
    sinkType: row.sinkType,
    methodologyId: row.methodologyId,
    status: row.status,
    areaHa: Number(row.areaHa),
    siteIds: sites.map((s) => s.id),
  }
  const intertidal = await intertidalCheck(deps, project)
  return [
    await overlapCheck(deps, project),
    sinkTypeCheck(project),
    ...(intertidal ? [intertidal] : []),
    ...(await requiredDocumentsChecks(deps, project)),
    await estimateReproducesCheck(deps, project),
  ]
}

export type { CheckDeps } from './check-deps.ts'

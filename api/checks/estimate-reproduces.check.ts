import { getMethodology } from '../../methodologies/index.ts'
import type { EstimateRow } from '../db/queries/estimates.ts'
import { estimateContentHash, runEstimate } from '../estimates/run-estimate.ts'
import type { CheckDeps, CheckedProject } from './check-deps.ts'
import type { ProjectCheck } from './project-check.schema.ts'

/**
 * The latest saved estimate of each site, re-run from its stored inputs with
 * the current code, must give the same content hash (as POST …/rerun does).
 * No saved estimate → warn; any difference or an estimate that no longer runs → fail.
 */
export async function estimateReproducesCheck(deps: CheckDeps, project: CheckedProject): Promise<ProjectCheck> {
  const rows = await deps.sql<EstimateRow[]>`
    SELECT DISTINCT ON (e.site_id) e.id, e.site_id AS "siteId", e.methodology_id AS "methodologyId",
           e.methodology_version AS "methodologyVersion", e.inputs, e.content_hash AS "contentHash"
    FROM site_estimates e JOIN sites s ON s.id = e.site_id
    WHERE s.project_id = ${project.id}
    ORDER BY e.site_id, e.created_at DESC, e.id DESC`
  const estimates = rows.map((row) => {
    const methodology = getMethodology(row.methodologyId)
    const run = methodology ? runEstimate(methodology, row.inputs, { locale: 'en' }) : null
    const contentHash = methodology && run?.ok ? estimateContentHash(methodology, run.inputs, run.result) : null
    return { estimateId: row.id, siteId: row.siteId, methodologyId: row.methodologyId, storedContentHash: row.contentHash, contentHash, identical: contentHash === row.contentHash }
  })
  const differing = estimates.filter((e) => !e.identical)
  const evidence = { sitesWithoutEstimate: project.siteIds.length - estimates.length, estimates }
  if (!estimates.length) {
    return { id: 'estimate_reproduces', status: 'warn', message: { en: 'No saved estimate to reproduce.', zh: '尚无已保存的估算可供复算。' }, evidence }
  }
  if (differing.length) {
    return {
      id: 'estimate_reproduces',
      status: 'fail',
      message: { en: `${differing.length} of ${estimates.length} saved estimate(s) do not reproduce their content hash.`, zh: `${estimates.length} 个已保存估算中有 ${differing.length} 个复算后内容哈希不一致。` },
      evidence,
    }
  }
  return { id: 'estimate_reproduces', status: 'pass', message: { en: `All ${estimates.length} saved estimate(s) reproduce their content hash.`, zh: `全部 ${estimates.length} 个已保存估算复算后内容哈希一致。` }, evidence }
}

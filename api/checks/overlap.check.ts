import { findOverlapsOfSites } from '../db/queries/overlaps.ts'
import { geodesicAreaHa } from '../geo/geodesic-area.ts'
import { claimsLand } from '../overlaps/overlap-policy.ts'
import type { CheckDeps, CheckedProject } from './check-deps.ts'
import type { ProjectCheck } from './project-check.schema.ts'

const round4 = (x: number) => Math.round(x * 10_000) / 10_000

/**
 * Land of this project also claimed by other projects (submitted, under review,
 * changes requested, registered: the same rule as submission, geo/overlap-policy.ts).
 * Areas are summed per overlapping pair, so land claimed by two other projects counts twice:
 * the share is an upper bound, which is the safe side for a reviewer.
 */
export async function overlapCheck(deps: CheckDeps, project: CheckedProject): Promise<ProjectCheck> {
  const rows = (await findOverlapsOfSites(deps.sql, project.siteIds)).filter((r) => claimsLand(r.projectStatus))
  const byProject = new Map<string, { projectId: string; projectName: string; status: string; overlapHa: number }>()
  for (const r of rows) {
    const ha = r.intersection ? geodesicAreaHa(r.intersection) : 0
    const entry = byProject.get(r.projectId) ?? { projectId: r.projectId, projectName: r.projectName, status: r.projectStatus, overlapHa: 0 }
    entry.overlapHa += ha
    byProject.set(r.projectId, entry)
  }
  const projects = [...byProject.values()].map((p) => ({ ...p, overlapHa: round4(p.overlapHa) }))
  const overlapHa = round4(projects.reduce((sum, p) => sum + p.overlapHa, 0))
  const share = project.areaHa > 0 ? round4(overlapHa / project.areaHa) : 0
  const evidence = { overlapHa, projectAreaHa: project.areaHa, share, maxShare: deps.config.maxOverlapShare, projects }
  if (projects.length === 0) {
    return { id: 'overlap', status: 'pass', message: { en: 'No land of this project is claimed by another project.', zh: '本项目土地未与其他项目申报的土地重叠。' }, evidence }
  }
  const percent = (share * 100).toFixed(2)
  if (share > deps.config.maxOverlapShare) {
    return {
      id: 'overlap',
      status: 'fail',
      message: {
        en: `${overlapHa} ha (${percent} % of the project) is claimed by ${projects.length} other project(s), above the ${deps.config.maxOverlapShare * 100} % limit.`,
        zh: `${overlapHa} 公顷（占项目 ${percent}%）已被其他 ${projects.length} 个项目申报，超过 ${deps.config.maxOverlapShare * 100}% 的上限。`,
      },
      evidence,
    }
  }
  return {
    id: 'overlap',
    status: 'warn',
    message: {
      en: `${overlapHa} ha (${percent} % of the project) is also claimed by ${projects.length} other project(s), within the ${deps.config.maxOverlapShare * 100} % tolerance.`,
      zh: `${overlapHa} 公顷（占项目 ${percent}%）亦被其他 ${projects.length} 个项目申报，在 ${deps.config.maxOverlapShare * 100}% 的容差之内。`,
    },
    evidence,
  }
}

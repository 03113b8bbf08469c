import type { Sql } from '../db/client.ts'
import { insertFinding, targetsOfProject } from '../db/queries/review-findings.ts'
import { ApiError, type FieldError } from '../errors/api-error.ts'
import type { Locale } from '../errors/catalog.ts'

export type FindingInput = { target: { type: 'project' | 'site' | 'document'; id: string }; text: string }

const MESSAGE: Record<'project' | 'site' | 'document', Record<Locale, string>> = {
  project: { en: 'A finding on the project must name this project.', zh: '针对项目的意见必须指向本项目。' },
  site: { en: 'No site of this project has this id.', zh: '本项目没有此编号的地块。' },
  document: { en: 'No document of this project has this id.', zh: '本项目没有此编号的文件。' },
}

/**
 * Refuses (400, naming each offending path) findings whose target is not the
 * project, one of its sites or one of its documents — a finding on another
 * project's site would leak into the wrong thread.
 */
export async function assertTargetsBelong(tx: Sql, projectId: string, findings: FindingInput[], locale: Locale, pathOf: (index: number) => string): Promise<void> {
  const ids = (type: 'site' | 'document') => findings.filter((f) => f.target.type === type).map((f) => f.target.id)
  const sites = await targetsOfProject(tx, projectId, 'site', ids('site'))
  const documents = await targetsOfProject(tx, projectId, 'document', ids('document'))
  const errors: FieldError[] = []
  findings.forEach((f, i) => {
    const ok = f.target.type === 'project' ? f.target.id === projectId : (f.target.type === 'site' ? sites : documents).has(f.target.id)
    if (!ok) errors.push({ path: `${pathOf(i)}target.id`, code: 'finding_target_not_in_project', message: MESSAGE[f.target.type][locale] })
  })
  if (errors.length) throw new ApiError('validation_failed', { params: { count: errors.length }, errors })
}

export async function insertFindings(
  tx: Sql,
  input: { projectId: string; roundId: string | null; createdBy: string; findings: FindingInput[] },
  at: Date,
): Promise<string[]> {
  const ids: string[] = []
  for (const f of input.findings) {
    ids.push(await insertFinding(tx, { projectId: input.projectId, roundId: input.roundId, targetType: f.target.type, targetId: f.target.id, body: f.text, createdBy: input.createdBy }, at))
  }
  return ids
}

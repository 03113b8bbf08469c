import { documentKinds } from '../db/queries/documents.ts'
import type { CheckDeps, CheckedProject } from './check-deps.ts'
import type { ProjectCheck } from './project-check.schema.ts'

const KIND_NAMES: Record<string, { en: string; zh: string }> = {
  land_tenure: { en: 'land tenure (sea-area or land-use right)', zh: '海域或土地使用权证明' },
  design_document: { en: 'project design document', zh: '项目设计文件' },
  monitoring_report: { en: 'monitoring report', zh: '监测报告' },
  verification_report: { en: 'verification report', zh: '核查报告' },
}

const names = (kinds: string[], lang: 'en' | 'zh') => kinds.map((k) => KIND_NAMES[k]![lang]).join(lang === 'en' ? ', ' : '、')

/**
 * Evidence present: land tenure and the design document before review (fail
 * when missing); monitoring and verification reports before issuance (warn
 * until then — a project under review has none yet, as expected).
 */
export async function requiredDocumentsChecks(deps: CheckDeps, project: CheckedProject): Promise<ProjectCheck[]> {
  const present = await documentKinds(deps.sql, project.id)
  const counts = Object.fromEntries([...present.entries()])
  const check = (id: string, kinds: string[], missingStatus: 'fail' | 'warn', when: { en: string; zh: string }): ProjectCheck => {
    const missing = kinds.filter((k) => !present.has(k))
    const evidence = { required: kinds, missing, counts }
    if (!missing.length) return { id, status: 'pass', message: { en: `Present: ${names(kinds, 'en')}.`, zh: `已提供：${names(kinds, 'zh')}。` }, evidence }
    return { id, status: missingStatus, message: { en: `Missing ${when.en}: ${names(missing, 'en')}.`, zh: `${when.zh}缺少：${names(missing, 'zh')}。` }, evidence }
  }
  return [
    check('documents_for_review', ['land_tenure', 'design_document'], 'fail', { en: 'before review', zh: '审核前' }),
    check('documents_for_issuance', ['monitoring_report', 'verification_report'], 'warn', { en: 'before issuance', zh: '签发前' }),
  ]
}

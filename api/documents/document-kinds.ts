/**
 * Kinds of evidence a project carries, and when its owner may add each kind.
 * No server imports: the web app offers the same choices.
 */
export const DOCUMENT_KINDS = ['land_tenure', 'design_document', 'monitoring_report', 'verification_report', 'other'] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

/** Evidence examined when the project is reviewed: frozen from submission until changes are requested. */
const REVIEW_EVIDENCE_STATUSES: ReadonlySet<string> = new Set(['draft', 'changes_requested'])

/**
 * Monitoring and verification reports arrive after registration (they back each
 * issuance), so they may also be added once the project is approved or registered.
 * During review (submitted, under_review) nothing is added: the reviewer decides
 * on the evidence as it was submitted.
 */
const REPORT_STATUSES: ReadonlySet<string> = new Set(['draft', 'changes_requested', 'approved', 'registered'])

export function mayAddDocument(kind: DocumentKind, projectStatus: string): boolean {
  return kind === 'monitoring_report' || kind === 'verification_report' ? REPORT_STATUSES.has(projectStatus) : REVIEW_EVIDENCE_STATUSES.has(projectStatus)
}

/**
 * Project statuses and which of them an owner may edit. No server imports: the
 * web app decides what to offer from these same constants.
 */
export const PROJECT_STATUSES = ['draft', 'submitted', 'under_review', 'changes_requested', 'approved', 'registered', 'rejected'] as const
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]

/** Owners change a project (and its sites) only before review or when changes were requested. */
export const EDITABLE_STATUSES: ReadonlySet<string> = new Set<ProjectStatus>(['draft', 'changes_requested'])

/** Status names for zh problem details. */
export const STATUS_ZH: Record<string, string> = {
  draft: '草稿',
  submitted: '已提交',
  under_review: '审核中',
  changes_requested: '需修改',
  registered: '已登记',
  rejected: '已驳回',
}

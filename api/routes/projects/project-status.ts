/**
 * Project statuses and which of them an owner may edit. No server imports: the
 * web app decides what to offer from these same constants.
 */
export const PROJECT_STATUSES = ['draft', 'submitted', 'under_review', 'changes_requested', 'approved', 'registered', 'rejected'] as const
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]

/** Owners change a project (and its sites) only before review or when changes were requested. */
export const EDITABLE_STATUSES: ReadonlySet<string> = new Set<ProjectStatus>(['draft', 'changes_requested'])

import type { ProjectStatus } from '../projects/project-status.ts'

/** What a reviewer decides; the body of POST /projects/{projectId}/review. */
export const REVIEW_ACTIONS = ['start', 'request_changes', 'approve', 'reject', 'register'] as const
export type ReviewAction = (typeof REVIEW_ACTIONS)[number]

/**
 * The review state machine: each action is legal from exactly one status.
 * The owner's way back (changes_requested → submitted) is POST …/submit, not
 * a review action. Approval opens the public disclosure; registration needs
 * it to have ended with no open objection.
 */
export const REVIEW_TRANSITIONS: Record<ReviewAction, { from: ProjectStatus; to: ProjectStatus }> = {
  start: { from: 'submitted', to: 'under_review' },
  request_changes: { from: 'under_review', to: 'changes_requested' },
  approve: { from: 'under_review', to: 'approved' },
  reject: { from: 'under_review', to: 'rejected' },
  register: { from: 'approved', to: 'registered' },
}

/** Statuses in which a reviewer may add a finding outside a decision, and in which findings threads stay open. */
export const FINDING_STATUSES: ReadonlySet<string> = new Set<ProjectStatus>(['submitted', 'under_review', 'changes_requested'])

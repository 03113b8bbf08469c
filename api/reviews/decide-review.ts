import type { AuthUser } from '../auth/auth-user.ts'
import type { Sql } from '../db/client.ts'
import { computeProjectChecks } from '../checks/compute-project-checks.ts'
import { appendAuditEvent } from '../db/queries/audit-events.ts'
import { closeDisclosure, findOpenDisclosure, insertDisclosure } from '../db/queries/disclosures.ts'
import { setProjectStatus } from '../db/queries/projects.ts'
import { insertReviewRound } from '../db/queries/review-rounds.ts'
import { ApiError } from '../errors/api-error.ts'
import type { Locale } from '../errors/catalog.ts'
import { STATUS_ZH } from '../projects/project-status.ts'
import type { ProjectStatus } from '../projects/project-status.ts'
import { disclosureEndsAt } from './disclosure-period.ts'
import { lockReviewedProject } from './lock-reviewed-project.ts'
import { assertTargetsBelong, insertFindings, type FindingInput } from './record-findings.ts'
import { REVIEW_TRANSITIONS, type ReviewAction } from './review-actions.ts'
import { assertExchangeReviewer } from './reviewer-access.ts'

export type ReviewDecisionInput = { action: ReviewAction; findings?: FindingInput[] | undefined; reason?: string | undefined }

/**
 * One review decision as one transaction: lock the project, check the
 * reviewer (404 hidden / 403), the transition (409), the findings' targets
 * (400) and, for registration, the disclosure (409); then store the round,
 * its findings, the new status, the disclosure change and one audit event.
 * Any refusal throws before the first write, and the rollback undoes the rest.
 */
export async function decideReview(
  tx: Sql,
  input: { user: AuthUser; projectId: string; decision: ReviewDecisionInput; locale: Locale; disclosureDays: number; maxOverlapShare: number },
  at: Date,
): Promise<{ roundId: string; status: ProjectStatus; disclosureId: string | null }> {
  const { user, projectId, decision } = input
  const project = await lockReviewedProject(tx, user, projectId, assertExchangeReviewer)
  const transition = REVIEW_TRANSITIONS[decision.action]
  if (project.status !== transition.from) {
    throw new ApiError('review_action_not_allowed', {
      params: { status: project.status, statusZh: STATUS_ZH[project.status] ?? project.status, action: decision.action, from: transition.from, fromZh: STATUS_ZH[transition.from] ?? transition.from },
    })
  }
  const findings = decision.findings ?? []
  await assertTargetsBelong(tx, projectId, findings, input.locale, (i) => `findings.${i}.`)

  let closingDisclosure: string | null = null
  if (decision.action === 'register') {
    const disclosure = await findOpenDisclosure(tx, projectId)
    // An approved project always has one (approve opens it in the same transaction).
    if (!disclosure) throw new Error(`approved project ${projectId} has no open disclosure`)
    if (at.getTime() < disclosure.endsAt.getTime()) throw new ApiError('disclosure_period_open', { params: { endsAt: disclosure.endsAt.toISOString() } })
    if (disclosure.openObjectionCount > 0) throw new ApiError('objection_unresolved', { params: { count: disclosure.openObjectionCount } })
    closingDisclosure = disclosure.id
  }

  // The reviewer decides on what the checks say now; the round keeps exactly that.
  const checks = await computeProjectChecks({ sql: tx, config: { maxOverlapShare: input.maxOverlapShare } }, projectId)
  const roundId = await insertReviewRound(
    tx,
    { projectId, action: decision.action, fromStatus: project.status, toStatus: transition.to, decidedBy: user.id, reason: decision.reason ?? null, checks },
    at,
  )
  const findingIds = await insertFindings(tx, { projectId, roundId, createdBy: user.id, findings }, at)
  await setProjectStatus(tx, projectId, transition.to, at)
  let disclosureId: string | null = null
  if (decision.action === 'approve') {
    const endsAt = disclosureEndsAt(at, input.disclosureDays)
    disclosureId = await insertDisclosure(tx, { projectId, roundId, openedAt: at, endsAt, periodDays: input.disclosureDays })
  }
  if (closingDisclosure) await closeDisclosure(tx, closingDisclosure, at)
  await appendAuditEvent(
    tx,
    {
      actorUserId: user.id,
      action: `project.review.${decision.action}`,
      subjectType: 'project',
      subjectId: projectId,
      payload: { roundId, from: project.status, to: transition.to, findingIds, reason: decision.reason ?? null, disclosureId: disclosureId ?? closingDisclosure },
    },
    at,
  )
  return { roundId, status: transition.to, disclosureId }
}

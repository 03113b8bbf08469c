import { z } from '@hono/zod-openapi'
import type { FindingRow, ReplyRow } from '../../db/queries/review-findings.ts'
import type { ReviewRoundRow } from '../../db/queries/review-rounds.ts'
import { REVIEW_ACTIONS } from '../../reviews/review-actions.ts'
import { PROJECT_STATUSES } from '../../projects/project-status.ts'

export const MAX_FINDINGS_PER_DECISION = 50

const text = (max: number) => z.string().trim().min(1).max(max)

export const findingTargetSchema = z
  .object({
    type: z.enum(['project', 'site', 'document']),
    id: z.string().uuid().openapi({ description: 'The project itself, one of its sites, or one of its documents.' }),
  })
  .strict()

export const newFindingSchema = z
  .object({ target: findingTargetSchema, text: text(4000).openapi({ example: '红树林地块 B 的海域使用权证书缺失。' }) })
  .strict()
  .openapi('NewFinding')
export type NewFindingInput = z.infer<typeof newFindingSchema>

export const reviewDecisionBody = z
  .object({
    action: z.enum(REVIEW_ACTIONS),
    findings: z.array(newFindingSchema).max(MAX_FINDINGS_PER_DECISION).optional(),
    reason: text(4000).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.action === 'request_changes' && !body.findings?.length) {
      ctx.addIssue({ code: 'too_small', minimum: 1, origin: 'array', inclusive: true, path: ['findings'], message: 'request_changes needs at least one finding' })
    }
    if (body.action === 'reject' && !body.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reject needs a reason' })
    }
  })
  .openapi('ReviewDecisionRequest', {
    description: 'start: submitted → under_review; request_changes (≥1 finding): under_review → changes_requested; approve: under_review → approved (opens the public disclosure); reject (reason): under_review → rejected; register: approved → registered once the disclosure ended with no open objection.',
  })

export const findingSchema = z
  .object({
    id: z.string().uuid(),
    projectId: z.string().uuid(),
    roundId: z.string().uuid().nullable(),
    target: z.object({ type: z.enum(['project', 'site', 'document']), id: z.string().uuid() }),
    text: z.string(),
    createdBy: z.object({ id: z.string().uuid(), displayName: z.string(), organisation: z.string() }),
    createdAt: z.string(),
    resolved: z.boolean(),
    resolvedAt: z.string().nullable(),
    replies: z.array(
      z.object({
        id: z.string().uuid(),
        author: z.object({ id: z.string().uuid(), displayName: z.string(), organisation: z.string() }),
        text: z.string(),
        createdAt: z.string(),
      }),
    ),
  })
  .openapi('ReviewFinding')

export const reviewRoundSchema = z
  .object({
    id: z.string().uuid(),
    action: z.enum(REVIEW_ACTIONS),
    fromStatus: z.enum(PROJECT_STATUSES),
    toStatus: z.enum(PROJECT_STATUSES),
    decidedBy: z.object({ id: z.string().uuid(), displayName: z.string(), organisation: z.string() }),
    decidedAt: z.string(),
    reason: z.string().nullable(),
    findingIds: z.array(z.string().uuid()),
    checks: z.unknown().nullable().openapi({ description: 'The automated checks at the decision; null until the checks module is wired in.' }),
  })
  .openapi('ReviewRound')

export const reviewDecisionSchema = z
  .object({
    projectId: z.string().uuid(),
    status: z.enum(PROJECT_STATUSES),
    round: reviewRoundSchema,
    disclosureId: z.string().uuid().nullable().openapi({ description: 'The public disclosure an approval opened.' }),
  })
  .openapi('ReviewDecision')

export const findingIdParam = z.object({ findingId: z.string().uuid().openapi({ param: { name: 'findingId', in: 'path' } }) })

export function toFindingResponse(f: FindingRow, replies: ReplyRow[]): z.infer<typeof findingSchema> {
  return {
    id: f.id,
    projectId: f.projectId,
    roundId: f.roundId,
    target: { type: f.targetType, id: f.targetId },
    text: f.body,
    createdBy: { id: f.createdById, displayName: f.createdByName, organisation: f.createdByOrganisation },
    createdAt: f.createdAt.toISOString(),
    resolved: f.resolvedAt !== null,
    resolvedAt: f.resolvedAt?.toISOString() ?? null,
    replies: replies
      .filter((r) => r.findingId === f.id)
      .map((r) => ({ id: r.id, author: { id: r.authorId, displayName: r.authorName, organisation: r.authorOrganisation }, text: r.body, createdAt: r.createdAt.toISOString() })),
  }
}

export function toRoundResponse(r: ReviewRoundRow): z.infer<typeof reviewRoundSchema> {
  return {
    id: r.id,
    action: r.action as z.infer<typeof reviewRoundSchema>['action'],
    fromStatus: r.fromStatus as z.infer<typeof reviewRoundSchema>['fromStatus'],
    toStatus: r.toStatus as z.infer<typeof reviewRoundSchema>['toStatus'],
    decidedBy: { id: r.decidedById, displayName: r.decidedByName, organisation: r.decidedByOrganisation },
    decidedAt: r.decidedAt.toISOString(),
    reason: r.reason,
    findingIds: r.findingIds,
    checks: r.checks ?? null,
  }
}

import type { Sql } from '../client.ts'

export type NewReviewRound = {
  projectId: string
  action: string
  fromStatus: string
  toStatus: string
  decidedBy: string
  reason: string | null
  checks: unknown
}

export async function insertReviewRound(sql: Sql, r: NewReviewRound, at: Date): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    INSERT INTO review_rounds (project_id, action, from_status, to_status, decided_by, decided_at, reason, checks)
    VALUES (${r.projectId}, ${r.action}, ${r.fromStatus}, ${r.toStatus}, ${r.decidedBy}, ${at}, ${r.reason},
            ${r.checks === null ? null : sql.json(r.checks as never)})
    RETURNING id`
  return row!.id
}

export type ReviewRoundRow = {
  id: string
  action: string
  fromStatus: string
  toStatus: string
  decidedById: string
  decidedByName: string
  decidedByOrganisation: string
  decidedAt: Date
  reason: string | null
  checks: unknown
  findingIds: string[]
}

/** A project's decisions, oldest first, each with the findings it raised. */
export async function listReviewRounds(sql: Sql, projectId: string): Promise<ReviewRoundRow[]> {
  return sql<ReviewRoundRow[]>`
    SELECT r.id, r.action, r.from_status AS "fromStatus", r.to_status AS "toStatus",
           u.id AS "decidedById", u.display_name AS "decidedByName", o.name AS "decidedByOrganisation",
           r.decided_at AS "decidedAt", r.reason, r.checks,
           coalesce((SELECT array_agg(f.id::text ORDER BY f.seq) FROM review_findings f WHERE f.round_id = r.id), '{}') AS "findingIds"
    FROM review_rounds r
    JOIN users u ON u.id = r.decided_by
    JOIN organisations o ON o.id = u.organisation_id
    WHERE r.project_id = ${projectId}
    ORDER BY r.seq`
}

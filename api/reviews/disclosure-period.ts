/**
 * The public disclosure (公示) period. The CCER Measures (2023, 第十二条–第十五条; see
 * docs references/market-registry.md §2.2) publish a project for 20 *working*
 * days, so the period is counted in working days in China Standard Time
 * (UTC+8, no daylight saving): it starts the working day after approval and
 * ends at 24:00 CST of the last one. Saturdays and Sundays are skipped;
 * statutory holidays and their make-up working days (调休) are not modelled —
 * the README says so, and an operator can lengthen DISCLOSURE_DAYS to cover them.
 */
const CST_OFFSET_MS = 8 * 3600_000
const DAY_MS = 24 * 3600_000

/**
 * @param openedAt when the disclosure opens (the approval)
 * @param workingDays length in working days; 0 ends the period at once
 * @returns the instant the period ends (exclusive)
 * @example disclosureEndsAt(new Date('2026-06-05T02:00:00Z'), 20) // 2026-07-03T16:00:00Z (Fri 3 Jul 24:00 CST)
 */
export function disclosureEndsAt(openedAt: Date, workingDays: number): Date {
  if (!Number.isInteger(workingDays) || workingDays < 0) throw new Error(`workingDays must be a non-negative integer, got ${workingDays}`)
  if (workingDays === 0) return openedAt
  // Midnight CST of the opening day, expressed in UTC milliseconds.
  let day = Math.floor((openedAt.getTime() + CST_OFFSET_MS) / DAY_MS) * DAY_MS
  let counted = 0
  while (counted < workingDays) {
    day += DAY_MS
    const weekday = new Date(day).getUTCDay()
    if (weekday !== 0 && weekday !== 6) counted++
  }
  return new Date(day + DAY_MS - CST_OFFSET_MS)
}

export type DisclosureStatus = 'open' | 'ended' | 'closed'

/** open: comments accepted; ended: the period is over, awaiting registration; closed: the project was registered. */
export function disclosureStatus(d: { endsAt: Date; closedAt: Date | null }, now: Date): DisclosureStatus {
  if (d.closedAt) return 'closed'
  return now.getTime() < d.endsAt.getTime() ? 'open' : 'ended'
}

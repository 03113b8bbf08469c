import { describe, expect, it } from 'vitest'
import { disclosureEndsAt, disclosureStatus } from './disclosure-period.ts'

// Expected dates counted by hand on the 2026 calendar (1 June 2026 is a Monday).
describe('disclosureEndsAt (working days, China Standard Time)', () => {
  it('20 working days from a Friday approval end on the fourth Friday after it, 24:00 CST', () => {
    // Fri 5 Jun 10:00 CST → working days Mon 8 Jun … Fri 3 Jul (4 weeks × 5) → ends Sat 4 Jul 00:00 CST.
    expect(disclosureEndsAt(new Date('2026-06-05T02:00:00Z'), 20).toISOString()).toBe('2026-07-03T16:00:00.000Z')
  })

  it('an approval late on a UTC day already counts from the next CST day', () => {
    // 2026-06-05T20:00Z is Sat 6 Jun 04:00 CST → first working day Mon 8 Jun; 1 day → ends Tue 9 Jun 00:00 CST.
    expect(disclosureEndsAt(new Date('2026-06-05T20:00:00Z'), 1).toISOString()).toBe('2026-06-08T16:00:00.000Z')
  })

  it('skips the weekend: 3 working days from Thursday are Fri, Mon, Tue', () => {
    // Thu 4 Jun 09:00 CST → Fri 5, Mon 8, Tue 9 → ends Wed 10 Jun 00:00 CST.
    expect(disclosureEndsAt(new Date('2026-06-04T01:00:00Z'), 3).toISOString()).toBe('2026-06-09T16:00:00.000Z')
  })

  it('0 days ends the period at the moment it opens', () => {
    const at = new Date('2026-06-05T02:00:00Z')
    expect(disclosureEndsAt(at, 0).getTime()).toBe(at.getTime())
  })

  it('refuses a negative or fractional length', () => {
    expect(() => disclosureEndsAt(new Date(), -1)).toThrow()
    expect(() => disclosureEndsAt(new Date(), 1.5)).toThrow()
  })
})

describe('disclosureStatus', () => {
  const endsAt = new Date('2026-07-03T16:00:00Z')
  it('is open before the end, ended from the end on, closed once registered', () => {
    expect(disclosureStatus({ endsAt, closedAt: null }, new Date('2026-07-03T15:59:59Z'))).toBe('open')
    expect(disclosureStatus({ endsAt, closedAt: null }, endsAt)).toBe('ended')
    expect(disclosureStatus({ endsAt, closedAt: new Date('2026-07-06T00:00:00Z') }, new Date('2026-07-01T00:00:00Z'))).toBe('closed')
  })
})

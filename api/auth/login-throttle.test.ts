import { describe, expect, it } from 'vitest'
import { backoffDelaySeconds, LOGIN_BACKOFF } from './login-throttle.ts'

describe('backoffDelaySeconds', () => {
  const account = LOGIN_BACKOFF.account

  it('the first five failures of an account are free; then 1 s, 2 s, 4 s …', () => {
    expect([0, 1, 4].map((n) => backoffDelaySeconds(n, account))).toEqual([0, 0, 0])
    expect([5, 6, 7, 8].map((n) => backoffDelaySeconds(n, account))).toEqual([1, 2, 4, 8])
  })

  it('is capped at 5 minutes for an account and 15 for an address, even after thousands of failures', () => {
    // 2^(13 − 5) = 256 s < 300 s; 2^(14 − 5) = 512 s → cap.
    expect(backoffDelaySeconds(13, account)).toBe(256)
    expect(backoffDelaySeconds(14, account)).toBe(300)
    expect(backoffDelaySeconds(5000, account)).toBe(300)
    expect(backoffDelaySeconds(5000, LOGIN_BACKOFF.address)).toBe(900)
    expect(backoffDelaySeconds(19, LOGIN_BACKOFF.address)).toBe(0)
  })
})

import { describe, expect, it } from 'vitest'
import { parseEnv } from './env.ts'
import { DEFAULT_MAX_OVERLAP_SHARE } from './overlaps/overlap-policy.ts'

describe('parseEnv', () => {
  it('the overlap threshold defaults to the platform policy and takes a valid ratio', () => {
    expect(parseEnv({}).MAX_OVERLAP_SHARE).toBe(DEFAULT_MAX_OVERLAP_SHARE)
    expect(parseEnv({ MAX_OVERLAP_SHARE: '0.05' }).MAX_OVERLAP_SHARE).toBe(0.05)
  })

  it('refuses an out-of-range ratio at start-up rather than running with a surprise', () => {
    expect(() => parseEnv({ MAX_OVERLAP_SHARE: '7' })).toThrow(/MAX_OVERLAP_SHARE/)
  })

  it('API tokens expire after 90 days unless TOKEN_TTL_DAYS says otherwise; 0 or junk is refused', () => {
    expect(parseEnv({}).TOKEN_TTL_DAYS).toBe(90)
    expect(parseEnv({ TOKEN_TTL_DAYS: '30' }).TOKEN_TTL_DAYS).toBe(30)
    expect(() => parseEnv({ TOKEN_TTL_DAYS: '0' })).toThrow(/TOKEN_TTL_DAYS/)
    expect(() => parseEnv({ TOKEN_TTL_DAYS: 'forever' })).toThrow(/TOKEN_TTL_DAYS/)
  })
})

describe('TRUST_PROXY', () => {
  it('is off by default and takes a list of addresses and CIDR blocks', () => {
    expect(parseEnv({}).TRUST_PROXY).toEqual([])
    expect(parseEnv({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).TRUST_PROXY).toEqual(['10.0.0.0/8', '127.0.0.1/32'])
  })

  it('refuses an entry that is not an address at start-up', () => {
    expect(() => parseEnv({ TRUST_PROXY: '10.0.0.0/8, nginx' })).toThrow(/TRUST_PROXY: "nginx" is not an IP address or CIDR block/)
  })
})

import { describe, expect, it } from 'vitest'
import { ApiError } from '../errors/api-error.ts'
import { assertStorable, fitsNumeric } from './numeric-column.ts'

describe('fitsNumeric', () => {
  const money = { precision: 20, scale: 2 }
  it('takes what numeric(20,2) holds after rounding to 2 decimals', () => {
    expect(fitsNumeric(999_999_999_999_999_999.99 - 1e3, money)).toBe(true)
    expect(fitsNumeric(-12.345, money)).toBe(true)
    expect(fitsNumeric(1e18, money)).toBe(false)
    expect(fitsNumeric(-1e18, money)).toBe(false)
    expect(fitsNumeric(1e300, money)).toBe(false)
  })
  it('refuses what is not a finite number', () => {
    expect(fitsNumeric(Number.POSITIVE_INFINITY, money)).toBe(false)
    expect(fitsNumeric(Number.NaN, money)).toBe(false)
  })
  it('rounds like the insert: 9,999,999,999,999.9996 becomes 10^13 in numeric(16,3)', () => {
    expect(fitsNumeric(9_999_999_999_999.9996, { precision: 16, scale: 3 })).toBe(false)
    expect(fitsNumeric(9_999_999_999.999, { precision: 16, scale: 3 })).toBe(true)
  })
})

describe('assertStorable', () => {
  it('throws validation_failed naming each value that does not fit, in the locale', () => {
    const call = () => assertStorable([{ value: 1e20, column: { precision: 20, scale: 2 }, label: 'npvCny' }], 'params', 'zh')
    expect(call).toThrow(ApiError)
    try {
      call()
    } catch (e) {
      expect((e as ApiError).code).toBe('validation_failed')
      expect((e as ApiError).errors).toEqual([expect.objectContaining({ path: 'params', code: 'not_storable', message: expect.stringContaining('npvCny') })])
    }
  })
  it('passes values that fit', () => {
    expect(() => assertStorable([{ value: 1, column: { precision: 16, scale: 3 }, label: 'x' }], 'params', 'en')).not.toThrow()
  })
})

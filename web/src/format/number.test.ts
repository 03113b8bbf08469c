import { describe, expect, it } from 'vitest'
import { displayDigits, formatCny, formatNumber, formatRatioAsPercent } from './number.ts'

describe('formatNumber', () => {
  it('groups thousands and keeps about three significant figures', () => {
    expect(formatNumber(22209.4, 'en')).toBe('22,209')
    expect(formatNumber(123.5, 'zh')).toBe('124')
    expect(formatNumber(42.25, 'en')).toBe('42.3')
    expect(formatNumber(4.333, 'en')).toBe('4.33')
    expect(formatNumber(0, 'en')).toBe('0')
  })

  it('keeps the sign of negative values and never prints -0', () => {
    expect(formatNumber(-1234.4, 'en')).toBe('-1,234')
    expect(formatNumber(-0, 'en')).toBe('0')
  })

  it('takes explicit digits', () => {
    expect(formatNumber(1.23456, 'en', 4)).toBe('1.2346')
  })
})

describe('displayDigits', () => {
  it('steps at 10 and 100', () => {
    expect([9.99, 10, 99.9, 100].map(displayDigits)).toEqual([2, 1, 1, 0])
  })
})

describe('formatRatioAsPercent', () => {
  it('shows a ratio as a percentage', () => {
    // 0.1234 × 100 = 12.34 → one decimal: 12.3
    expect(formatRatioAsPercent(0.1234, 'en')).toBe('12.3 %')
    expect(formatRatioAsPercent(0, 'zh')).toBe('0.0 %')
  })
})

describe('formatCny', () => {
  it('rounds to whole yuan with the currency in each language', () => {
    expect(formatCny(1234567.8, 'zh')).toBe('1,234,568 元')
    expect(formatCny(1234567.8, 'en')).toBe('CNY 1,234,568')
  })
})

import { describe, expect, it } from 'vitest'
import { formatAreaHa } from './quantity.ts'

describe('formatAreaHa', () => {
  it('keeps one decimal below 100 ha', () => {
    expect(formatAreaHa(67.24, 'en')).toBe('67.2 ha')
    expect(formatAreaHa(9.96, 'zh')).toBe('10.0 公顷')
  })

  it('rounds to whole hectares from 100 ha and groups thousands', () => {
    expect(formatAreaHa(154.3, 'en')).toBe('154 ha')
    expect(formatAreaHa(1234.56, 'en')).toBe('1,235 ha')
    expect(formatAreaHa(1234.56, 'zh')).toBe('1,235 公顷')
  })
})

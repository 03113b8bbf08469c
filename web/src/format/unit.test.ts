import { describe, expect, it } from 'vitest'
import { formatUnit } from './unit.ts'

describe('formatUnit', () => {
  it('translates the units that have words', () => {
    expect(formatUnit('ha', 'zh')).toBe('公顷')
    expect(formatUnit('years', 'zh')).toBe('年')
    expect(formatUnit('years', 'en')).toBe('years')
  })

  it('keeps scientific units as written', () => {
    expect(formatUnit('tCO2e/ha/yr', 'zh')).toBe('tCO2e/ha/yr')
  })

  it('shows nothing for a calendar year or a missing unit', () => {
    expect(formatUnit('year', 'en')).toBe('')
    expect(formatUnit(undefined, 'en')).toBe('')
  })
})

import { describe, expect, it } from 'vitest'
import { closestKey, editDistance } from './did-you-mean.ts'

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps; ignores case', () => {
    expect(editDistance('uncertaintyPercnt', 'uncertaintyPercent')).toBe(1)
    expect(editDistance('survivlaPercent', 'survivalPercent')).toBe(1)
    expect(editDistance('areaha', 'areaHa')).toBe(0)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
  })
})

describe('closestKey', () => {
  const keys = ['areaHa', 'startYear', 'creditingYears', 'uncertaintyPercent', 'survivalPercent']
  it('suggests the nearest known key', () => {
    expect(closestKey('uncertaintyPercnt', keys)).toBe('uncertaintyPercent')
    expect(closestKey('survivalPct', keys)).toBe('survivalPercent')
    expect(closestKey('startyear', keys)).toBe('startYear')
  })
  it('suggests nothing for a key that is not close to any', () => {
    expect(closestKey('foo', keys)).toBeUndefined()
    expect(closestKey('bufferRatio', keys)).toBeUndefined()
    expect(closestKey('x'.repeat(1000), keys)).toBeUndefined()
    expect(closestKey('areaHa', [])).toBeUndefined()
  })
})

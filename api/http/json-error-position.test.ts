import { describe, expect, it } from 'vitest'
import { jsonErrorPosition } from './json-error-position.ts'

describe('jsonErrorPosition', () => {
  it('accepts every text JSON.parse accepts', () => {
    for (const t of ['{}', '[]', ' {"a":[1,-2.5e3,true,false,null,"x\\u00e9"]} ', '"s"', '0']) {
      expect(() => JSON.parse(t)).not.toThrow()
      expect(jsonErrorPosition(t)).toBeNull()
    }
  })

  it('points at the offending character with line and column', () => {
    // '{"a":' is 5 characters, so the stray "}" sits at 0-based position 5, column 6.
    expect(jsonErrorPosition('{"a":}')).toMatchObject({ position: 5, line: 1, column: 6 })
    // Second line, after two spaces: position 4 is the comma-less "2".
    expect(jsonErrorPosition('[1\n  2]')).toMatchObject({ position: 5, line: 2, column: 3 })
  })

  it('reports truncated input at its end', () => {
    expect(jsonErrorPosition('{"areaHa": 12')).toMatchObject({ position: 13, reason: 'expected "," or "}", found end of input' })
  })

  it('rejects what JSON.parse rejects', () => {
    for (const t of ["{'a':1}", '{"a":1,}', '[01]', 'NaN', '{"a":1} x', '']) {
      expect(() => JSON.parse(t)).toThrow()
      expect(jsonErrorPosition(t)).not.toBeNull()
    }
  })
})

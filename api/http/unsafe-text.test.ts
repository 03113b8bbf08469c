import { describe, expect, it } from 'vitest'
import { findUnsafeJsonText, unsafeTextCode } from './unsafe-text.ts'

describe('unsafeTextCode', () => {
  it('finds NUL and a surrogate without its partner, and passes whole pairs', () => {
    expect(unsafeTextCode('a\u0000b')).toBe('nul_character')
    expect(unsafeTextCode('x\ud800')).toBe('lone_surrogate')
    expect(unsafeTextCode('\udc00x')).toBe('lone_surrogate')
    expect(unsafeTextCode('\udc00\ud800')).toBe('lone_surrogate')
    expect(unsafeTextCode('红树林 🌿 \u0001')).toBeNull()
  })
})

describe('findUnsafeJsonText', () => {
  it('reports each bad string with its path, keys at their parent', () => {
    const body = JSON.parse('{"name":"ok","strata":[{"name":"a"},{"name":"b\\u0000"}],"p":{"\\ud800":1,"q":["\\udfff"]}}')
    expect(findUnsafeJsonText(body, 'en').map((e) => [e.path, e.code])).toEqual([
      ['strata[1].name', 'nul_character'],
      ['p', 'lone_surrogate'],
      ['p.q[0]', 'lone_surrogate'],
    ])
    expect(findUnsafeJsonText(body, 'zh')[0]?.message).toMatch(/空字符/)
  })

  it('walks a body nested 100,000 deep without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}"\\u0000"${']'.repeat(100_000)}`)
    const [error] = findUnsafeJsonText(deep, 'en')
    expect(error?.code).toBe('nul_character')
    expect(error?.path.startsWith('[0][0]')).toBe(true)
  })

  it('stops after 20 findings', () => {
    expect(findUnsafeJsonText(Array.from({ length: 50 }, () => '\u0000'), 'en')).toHaveLength(20)
  })
})

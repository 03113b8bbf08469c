import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { localizeIssues } from './zod-issues.ts'

const schema = z.strictObject({
  uncertaintyPercent: z.number().optional(),
  strata: z.array(z.strictObject({ survivalPercent: z.number().optional() })).optional(),
})

function errorsFor(input: unknown, locale: 'en' | 'zh') {
  const parsed = schema.safeParse(input)
  if (parsed.success) throw new Error('expected a failed parse')
  return localizeIssues(parsed.error.issues, locale, 'params')
}

describe('unknown keys', () => {
  it('are reported one by one at their own path, with the closest known key (en)', () => {
    expect(errorsFor({ uncertaintyPercnt: 5, zzz: 1 }, 'en')).toEqual([
      { path: 'params.uncertaintyPercnt', code: 'unrecognized_keys', message: 'Unrecognized key: "uncertaintyPercnt"; did you mean uncertaintyPercent?' },
      { path: 'params.zzz', code: 'unrecognized_keys', message: 'Unrecognized key: "zzz"' },
    ])
  })

  it('at any depth, in Chinese', () => {
    expect(errorsFor({ strata: [{ survivalPercnt: 90 }] }, 'zh')).toEqual([
      { path: 'params.strata[0].survivalPercnt', code: 'unrecognized_keys', message: '不允许的字段：survivalPercnt；是否想输入 survivalPercent？' },
    ])
  })
})

describe('many unknown keys', () => {
  it('names the first 20 and counts the rest at the object', () => {
    const junk = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]))
    const errors = errorsFor(junk, 'en')
    expect(errors).toHaveLength(21)
    expect(errors[0]).toMatchObject({ path: 'params.k0' })
    expect(errors[20]).toEqual({ path: 'params', code: 'unrecognized_keys', message: '4980 more unrecognized key(s)' })
  })
})

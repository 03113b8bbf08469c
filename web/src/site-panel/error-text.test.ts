import { describe, expect, it } from 'vitest'
import { ApiProblem } from '../api/problem.ts'
import { errorText, fieldErrors } from './error-text.ts'

const problem = new ApiProblem({
  status: 400,
  code: 'validation_failed',
  title: 'Invalid request',
  detail: '2 fields are invalid.',
  errors: [
    { path: 'params.strata[0].plantingYear', message: 'after the crediting period' },
    { path: 'params.startYear', message: 'too small' },
    { path: 'siteId', message: 'give one of siteId and geometry' },
  ],
})

describe('fieldErrors', () => {
  it('keeps the errors under a prefix with the prefix removed, so they match form paths', () => {
    expect(fieldErrors(problem, 'params')).toEqual([
      { path: 'strata[0].plantingYear', message: 'after the crediting period' },
      { path: 'startYear', message: 'too small' },
    ])
  })

  it('has nothing to say about other failures', () => {
    expect(fieldErrors(new TypeError('Failed to fetch'), 'params')).toEqual([])
  })
})

describe('errorText', () => {
  it("prefers the server's localized detail", () => {
    expect(errorText(problem, 'en', 'Estimate.Failed')).toBe('2 fields are invalid.')
  })

  it('reports an unreachable server and falls back otherwise', () => {
    expect(errorText(new TypeError('Failed to fetch'), 'zh', 'Estimate.Failed')).toBe('无法连接服务器。')
    expect(errorText(new Error('?'), 'en', 'Estimate.Failed')).toBe('The estimate could not be run.')
  })
})

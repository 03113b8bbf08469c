import { describe, expect, it } from 'vitest'
import { problemFromResponse } from './problem.ts'

describe('problemFromResponse', () => {
  it('reads a problem+json body', () => {
    const body = JSON.stringify({ type: 'about:blank', title: '认证失败', status: 401, detail: '邮箱或密码错误。', code: 'invalid_credentials', requestId: 'r1' })
    const p = problemFromResponse(401, 'application/problem+json', body, null)
    expect(p.status).toBe(401)
    expect(p.code).toBe('invalid_credentials')
    expect(p.detail).toBe('邮箱或密码错误。')
    expect(p.message).toBe('邮箱或密码错误。')
  })

  it('takes Retry-After seconds from a 429', () => {
    const body = JSON.stringify({ title: 'Too many requests', status: 429, code: 'rate_limited' })
    expect(problemFromResponse(429, 'application/problem+json; charset=utf-8', body, '42').retryAfterS).toBe(42)
  })

  it('still yields a problem for a non-JSON error page', () => {
    const p = problemFromResponse(502, 'text/html', '<h1>Bad gateway</h1>', null)
    expect(p.code).toBe('http_502')
    expect(p.retryAfterS).toBeUndefined()
  })

  it('does not trust a JSON body that is not a problem document', () => {
    expect(problemFromResponse(500, 'application/json', '{"oops":true}', null).code).toBe('http_500')
    expect(problemFromResponse(500, 'application/json', '{not json', null).code).toBe('http_500')
  })
})

describe('problemFromResponse field errors', () => {
  it('keeps per-field errors with their paths, so the form can show them beside the fields', () => {
    const body = JSON.stringify({
      title: '请求无效',
      status: 400,
      code: 'validation_failed',
      detail: '有 2 个字段无效。',
      errors: [
        { path: 'params.strata[0].plantingYear', code: 'custom', message: '造林年份 2080 晚于计入期结束年份（2045）' },
        { path: ['geometry', 'coordinates', 0, 3], code: 'self_intersection', message: 'Ring crosses itself' },
      ],
    })
    const p = problemFromResponse(400, 'application/problem+json', body, null)
    expect(p.errors).toEqual([
      { path: 'params.strata[0].plantingYear', code: 'custom', message: '造林年份 2080 晚于计入期结束年份（2045）' },
      { path: 'geometry.coordinates[0][3]', code: 'self_intersection', message: 'Ring crosses itself' },
    ])
  })

  it('has no field errors when the server sent none', () => {
    expect(problemFromResponse(404, 'application/problem+json', JSON.stringify({ title: 'Not found' }), null).errors).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { ApiProblem } from '../api/problem.ts'
import { authMessageFor, renderAuthMessage } from './auth-message.ts'

describe('authMessageFor', () => {
  it('explains bad credentials in the current language', () => {
    const m = authMessageFor(new ApiProblem({ status: 401, code: 'invalid_credentials', title: 'Unauthorized', detail: 'Email or password incorrect.' }))
    expect(renderAuthMessage(m, 'zh')).toBe('无法登录，请检查邮箱和密码。')
    expect(renderAuthMessage(m, 'en')).toBe('Could not log in. Check your email and password.')
  })

  it('says how long to wait when rate-limited', () => {
    const m = authMessageFor(new ApiProblem({ status: 429, code: 'rate_limited', title: 'Too many requests', retryAfterS: 60 }))
    expect(renderAuthMessage(m, 'en')).toBe('Too many attempts. Try again in 60 s.')
  })

  it("shows the server's localised detail for other problems", () => {
    const m = authMessageFor(new ApiProblem({ status: 400, code: 'validation_failed', title: '请求无效', detail: '电子邮箱格式不正确' }))
    expect(renderAuthMessage(m, 'en')).toBe('电子邮箱格式不正确')
  })

  it('reports an unreachable server', () => {
    expect(renderAuthMessage(authMessageFor(new TypeError('Failed to fetch')), 'en')).toBe('The server cannot be reached.')
  })
})

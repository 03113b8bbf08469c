import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { createLogger } from './logger.ts'
import { installProcessGuard } from './process-guard.ts'

describe('installProcessGuard', () => {
  it('logs an uncaught exception and an unhandled rejection as one JSON error line each, until removed', () => {
    const lines: string[] = []
    const target = new EventEmitter()
    const remove = installProcessGuard(createLogger('info', (line) => lines.push(line)), target)
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })
    target.emit('uncaughtException', refused, 'uncaughtException')
    target.emit('unhandledRejection', 'a bare string', Promise.resolve())
    const [exception, rejection] = lines.map((l) => JSON.parse(l))
    expect(exception).toMatchObject({ level: 'error', msg: 'uncaught exception', origin: 'uncaughtException', error: { name: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:5432', code: 'ECONNREFUSED' } })
    expect(exception.error.stack).toContain('process-guard.test.ts')
    expect(rejection).toMatchObject({ level: 'error', msg: 'unhandled rejection', error: { value: 'a bare string' } })

    remove()
    expect(target.listenerCount('uncaughtException') + target.listenerCount('unhandledRejection')).toBe(0)
  })
})

import { describe, expect, it } from 'vitest'
import { classifyDatabaseError, databaseFaultProblem } from './database-errors.ts'

const withCode = (code: string, message = code) => Object.assign(new Error(message), { code })

describe('classifyDatabaseError', () => {
  it.each([
    'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', // Node sockets
    'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT', // postgres.js
    '08006', '08001', '08P01', '57P01', '57P02', '57P03', '53300', // SQLSTATE
  ])('%s means the database is unavailable', (code) => {
    expect(classifyDatabaseError(withCode(code))).toBe('unavailable')
  })

  it.each(['40001', '40P01'])('%s is a lost race', (code) => {
    expect(classifyDatabaseError(withCode(code))).toBe('conflict')
  })

  it.each(['23505', '22P02', '42P01', '57014', 'ERR_INVALID_ARG_TYPE'])('%s is not a database fault', (code) => {
    expect(classifyDatabaseError(withCode(code))).toBeNull()
  })

  it('finds the fault inside an AggregateError (every address of a host refused) and a cause chain', () => {
    expect(classifyDatabaseError(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], 'connect'))).toBe('unavailable')
    expect(classifyDatabaseError(new Error('wrapped', { cause: withCode('57P01') }))).toBe('unavailable')
    expect(classifyDatabaseError(new Error('plain'))).toBeNull()
    expect(classifyDatabaseError('ECONNREFUSED')).toBeNull()
    expect(classifyDatabaseError(null)).toBeNull()
  })
})

describe('databaseFaultProblem', () => {
  it('answers 503 with Retry-After: longer for an outage than for a lost race', () => {
    const outage = databaseFaultProblem(withCode('ECONNREFUSED'))!
    expect(outage.code).toBe('service_unavailable')
    expect(outage.status).toBe(503)
    expect(outage.headers).toEqual({ 'Retry-After': '5' })
    const race = databaseFaultProblem(withCode('40001'))!
    expect(race.code).toBe('database_busy')
    expect(race.headers).toEqual({ 'Retry-After': '1' })
    expect(databaseFaultProblem(withCode('23505'))).toBeNull()
  })
})

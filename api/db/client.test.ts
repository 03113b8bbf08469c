import { describe, expect, it } from 'vitest'
import { unixSocketTarget } from './client.ts'

describe('unixSocketTarget', () => {
  it('turns libpq ?host=/dir into the socket file path and drops the parameter', () => {
    expect(unixSocketTarget('postgres://postgres@localhost/postgres?host=%2Fdata%2Frun')).toEqual({
      url: 'postgres://postgres@localhost/postgres',
      path: '/data/run/.s.PGSQL.5432',
    })
    expect(unixSocketTarget('postgres://u@localhost:6543/db?host=/var/run/postgresql&sslmode=disable').path).toBe('/var/run/postgresql/.s.PGSQL.6543')
  })

  it('leaves TCP URLs alone', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/test?sslmode=disable'
    expect(unixSocketTarget(url)).toEqual({ url })
  })
})

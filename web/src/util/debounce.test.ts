import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { debounce } from './debounce.ts'

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('runs once after a burst, with the last arguments', () => {
    const calls: number[] = []
    const d = debounce((n: number) => calls.push(n), 200)
    d(1)
    vi.advanceTimersByTime(150)
    d(2)
    vi.advanceTimersByTime(199)
    expect(calls).toEqual([])
    vi.advanceTimersByTime(1)
    expect(calls).toEqual([2])
  })

  it('can be cancelled', () => {
    const calls: number[] = []
    const d = debounce((n: number) => calls.push(n), 200)
    d(1)
    d.cancel()
    vi.advanceTimersByTime(1000)
    expect(calls).toEqual([])
  })
})

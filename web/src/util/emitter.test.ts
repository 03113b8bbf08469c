import { describe, expect, it } from 'vitest'
import { createEmitter } from './emitter.ts'

describe('createEmitter', () => {
  it('delivers to every listener until it unsubscribes', () => {
    const emitter = createEmitter<number>()
    const a: number[] = []
    const b: number[] = []
    const offA = emitter.on((v) => a.push(v))
    emitter.on((v) => b.push(v))
    emitter.emit(1)
    offA()
    emitter.emit(2)
    expect(a).toEqual([1])
    expect(b).toEqual([1, 2])
  })

  it('keeps two subscriptions of one function apart', () => {
    const emitter = createEmitter<string>()
    const seen: string[] = []
    const listener = (v: string) => seen.push(v)
    const off1 = emitter.on(listener)
    emitter.on(listener)
    off1()
    emitter.emit('x')
    expect(seen).toEqual(['x'])
  })
})

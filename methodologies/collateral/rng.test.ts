import { describe, expect, it } from 'vitest'
import { createRng, createRngFromState, poisson } from './rng.ts'

describe('xoshiro128**', () => {
  it('matches the reference C implementation (prng.di.unimi.it) from state {1, 2, 3, 4}', () => {
    // Printed by xoshiro128starstar.c compiled with gcc, state s = {1, 2, 3, 4}.
    const rng = createRngFromState(1, 2, 3, 4)
    const first = Array.from({ length: 8 }, () => rng.nextUint32())
    expect(first).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849])
  })

  it('refuses the all-zero state and seeds 0 to a usable state', () => {
    expect(() => createRngFromState(0, 0, 0, 0)).toThrow()
    const rng = createRng(0)
    expect(new Set(Array.from({ length: 100 }, () => rng.nextUint32())).size).toBe(100)
  })

  it('the same seed gives the same stream; another seed another', () => {
    const a = createRng(7)
    const b = createRng(7)
    const c = createRng(8)
    const xs = Array.from({ length: 50 }, () => a.normal())
    expect(Array.from({ length: 50 }, () => b.normal())).toEqual(xs)
    expect(Array.from({ length: 50 }, () => c.normal())).not.toEqual(xs)
  })

  it('normals have mean 0 and variance 1 (n = 200,000; tolerances 4.4 standard errors)', () => {
    const rng = createRng(123)
    const n = 200_000
    let sum = 0
    let sq = 0
    for (let i = 0; i < n; i++) {
      const z = rng.normal()
      sum += z
      sq += z * z
    }
    const mean = sum / n
    const variance = sq / n - mean * mean
    // SE of the mean is 1/√n ≈ 0.00224; SE of the variance is √(2/n) ≈ 0.00316.
    expect(Math.abs(mean)).toBeLessThan(0.01)
    expect(Math.abs(variance - 1)).toBeLessThan(0.014)
  })

  it('uniforms stay in [0, 1) and uniformOpen in (0, 1]', () => {
    const rng = createRng(5)
    for (let i = 0; i < 10_000; i++) {
      const u = rng.uniform()
      const v = rng.uniformOpen()
      expect(u >= 0 && u < 1).toBe(true)
      expect(v > 0 && v <= 1).toBe(true)
    }
  })
})

describe('poisson', () => {
  it('has mean and variance λ (λ = 0.76, n = 100,000; 4.4 standard errors)', () => {
    const rng = createRng(99)
    const n = 100_000
    const lambda = 0.76
    let sum = 0
    let sq = 0
    for (let i = 0; i < n; i++) {
      const k = poisson(rng, lambda)
      sum += k
      sq += k * k
    }
    const mean = sum / n
    expect(Math.abs(mean - lambda)).toBeLessThan(4.4 * Math.sqrt(lambda / n))
    expect(Math.abs(sq / n - mean * mean - lambda)).toBeLessThan(0.02)
  })

  it('draws exactly one uniform whatever λ, so risks switched off keep the stream aligned', () => {
    const a = createRng(3)
    const b = createRng(3)
    for (let i = 0; i < 1000; i++) poisson(a, i % 2 === 0 ? 0 : 0.2)
    for (let i = 0; i < 1000; i++) b.uniform()
    // Counts > 0 with λ = 0.2 would draw no extra uniform either: inversion uses one.
    expect(a.nextUint32()).toBe(b.nextUint32())
  })

  it('returns 0 for λ = 0', () => {
    const rng = createRng(1)
    for (let i = 0; i < 1000; i++) expect(poisson(rng, 0)).toBe(0)
  })
})

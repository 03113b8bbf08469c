/**
 * Seeded random numbers for the Monte Carlo (style.md §2: compute draws no
 * ambient randomness; the caller passes a seed, so the same seed always gives
 * the same numbers).
 *
 * xoshiro128** 1.1 (Blackman & Vigna, https://prng.di.unimi.it/xoshiro128starstar.c),
 * seeded through splitmix32 so that any 32-bit seed, including 0, gives a
 * non-zero state. 32-bit arithmetic uses Math.imul and `>>> 0`.
 */
export type Rng = {
  /** Uniform on [0, 1) with 32 bits of resolution. */
  uniform: () => number
  /** Uniform on (0, 1]: safe for Math.log. */
  uniformOpen: () => number
  /** Standard normal N(0, 1) (Marsaglia polar method, both draws used). */
  normal: () => number
  /** The next raw 32-bit output (for tests against the reference generator). */
  nextUint32: () => number
}

const TWO_POW_MINUS_32 = 1 / 4294967296

/** splitmix32 (Vigna's 32-bit variant of SplitMix): expands one seed into the four state words. */
function splitmix32(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return (z ^ (z >>> 16)) >>> 0
  }
}

/**
 * @param seed any integer; only its low 32 bits are used
 * @example const rng = createRng(42); rng.normal()
 */
export function createRng(seed: number): Rng {
  const sm = splitmix32(seed)
  return new Xoshiro128ss(sm(), sm(), sm(), sm())
}

/** The generator from an explicit state (all four words zero is the one forbidden state). */
export function createRngFromState(a0: number, b0: number, c0: number, d0: number): Rng {
  return new Xoshiro128ss(a0, b0, c0, d0)
}

/**
 * A class rather than closures: the Monte Carlo calls it tens of millions of
 * times, and V8 inlines monomorphic method calls on fields better than calls
 * to closures over captured variables (about 2× here).
 */
class Xoshiro128ss implements Rng {
  private a: number
  private b: number
  private c: number
  private d: number
  private spare = 0
  private hasSpare = false

  constructor(a: number, b: number, c: number, d: number) {
    this.a = a >>> 0
    this.b = b >>> 0
    this.c = c >>> 0
    this.d = d >>> 0
    if ((this.a | this.b | this.c | this.d) === 0) throw new Error('xoshiro128** state must not be all zero')
  }

  nextUint32(): number {
    const b = this.b
    const r = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0
    const t = (b << 9) >>> 0
    this.c ^= this.a
    this.d ^= b
    this.b ^= this.c
    this.a ^= this.d
    this.c ^= t
    this.d = rotl(this.d, 11)
    return r
  }

  uniform(): number {
    return this.nextUint32() * TWO_POW_MINUS_32
  }

  uniformOpen(): number {
    return (this.nextUint32() + 1) * TWO_POW_MINUS_32
  }

  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false
      return this.spare
    }
    let u: number
    let v: number
    let s: number
    do {
      u = 2 * this.uniform() - 1
      v = 2 * this.uniform() - 1
      s = u * u + v * v
    } while (s >= 1 || s === 0)
    const m = Math.sqrt((-2 * Math.log(s)) / s)
    this.spare = v * m
    this.hasSpare = true
    return u * m
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0
}

/**
 * Poisson count by inversion of the CDF; intended for small rates (events per
 * year well below 10), where it needs one uniform and a couple of steps.
 * @param expMinusLambda e^−λ, precomputed by callers that draw many counts at one rate
 * @param lambda mean events in the interval, 0 ≤ λ ≤ 50 (bounded by the spec)
 */
export function poisson(rng: Rng, lambda: number, expMinusLambda = Math.exp(-lambda)): number {
  // One uniform is drawn even for λ = 0, so the stream stays aligned whether or not a risk is on.
  const u = rng.uniform()
  if (u < expMinusLambda || lambda <= 0) return 0
  let k = 0
  let p = expMinusLambda
  let cdf = p
  while (u >= cdf && k < 1000) {
    k += 1
    p *= lambda / k
    cdf += p
  }
  return k
}

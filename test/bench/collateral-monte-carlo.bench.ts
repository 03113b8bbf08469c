import { collateralInputSchema, createSimulation, type CollateralInput } from '../../methodologies/collateral/index.ts'
import { percentile } from './timing.ts'

const PATHS = 100_000
const YEARS = 30
const ROUNDS = 5

const input: CollateralInput = collateralInputSchema.parse({
  termYears: YEARS,
  discountRatePercent: 4,
  ltvPercent: 60,
  issuedUnitsTco2e: 10_000,
  futureCreditsTco2e: Array(YEARS).fill(2_000),
  price: { startPriceCnyPerTco2e: 62.36, driftPercentPerYear: 6, volatilityPercentPerYear: 30 },
  paths: PATHS,
  seed: 7,
})

/**
 * The same arithmetic as createSimulation written as one flat loop: xoshiro128**
 * state in four locals, Marsaglia polar normals, Poisson by inversion, GBM
 * price step, reversal with the buffer first, delivery and discounting. It must
 * give the same values (checked below), so the comparison is like for like.
 */
function handLoop(x: CollateralInput): Float64Array {
  // splitmix32 seeding, as rng.ts
  let s = x.seed >>> 0
  const sm = () => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return (z ^ (z >>> 16)) >>> 0
  }
  let a = sm()
  let b = sm()
  let c = sm()
  let d = sm()
  const next = () => {
    const bm = Math.imul(b, 5)
    const r = Math.imul((bm << 7) | (bm >>> 25), 9) >>> 0
    const t = (b << 9) >>> 0
    c ^= a
    d ^= b
    b ^= c
    a ^= d
    c ^= t
    d = ((d << 11) | (d >>> 21)) >>> 0
    return r * 2.3283064365386963e-10
  }
  let spare = 0
  let hasSpare = false
  const normal = () => {
    if (hasSpare) {
      hasSpare = false
      return spare
    }
    let u: number
    let v: number
    let q: number
    do {
      u = 2 * next() - 1
      v = 2 * next() - 1
      q = u * u + v * v
    } while (q >= 1 || q === 0)
    const m = Math.sqrt((-2 * Math.log(q)) / q)
    spare = v * m
    hasSpare = true
    return u * m
  }
  const T = x.termYears
  const sigma = x.price.volatilityPercentPerYear / 100
  const logStep = x.price.driftPercentPerYear / 100 - (sigma * sigma) / 2
  const lTy = x.risks.typhoonEventsPerYear
  const lDb = x.risks.diebackEventsPerYear
  const p0Ty = Math.exp(-lTy)
  const p0Db = Math.exp(-lDb)
  const kTy = 1 - x.risks.typhoonLossPercent / 100
  const kDb = 1 - x.risks.diebackLossPercent / 100
  const bpn = x.bufferPercent / 100 / (1 - x.bufferPercent / 100)
  const df = new Float64Array(T + 1)
  const f = new Float64Array(T + 1)
  for (let t = 1; t <= T; t++) {
    df[t] = Math.pow(1 + x.discountRatePercent / 100, -t)
    f[t] = x.futureCreditsTco2e[t - 1] ?? 0
  }
  const pois = (lambda: number, p0: number) => {
    const u = next()
    if (u < p0 || lambda <= 0) return 0
    let k = 0
    let p = p0
    let cdf = p
    while (u >= cdf && k < 1000) {
      k++
      p *= lambda / k
      cdf += p
    }
    return k
  }
  const out = new Float64Array(x.paths)
  for (let i = 0; i < x.paths; i++) {
    let ratio = x.deliveryMeanRatio + x.deliverySdRatio * normal()
    ratio = ratio < 0 ? 0 : ratio > 1.5 ? 1.5 : ratio
    let price = x.price.startPriceCnyPerTco2e
    let area = 1
    let units = x.issuedUnitsTco2e
    let buffer = x.bufferTco2e ?? units * bpn
    let stock = units + buffer
    let value = 0
    for (let t = 1; t <= T; t++) {
      price *= Math.exp(logStep + sigma * normal())
      if (price > 100_000) price = 100_000
      const nTy = pois(lTy, p0Ty)
      const nDb = pois(lDb, p0Db)
      if (nTy + nDb > 0) {
        const keep = Math.pow(kTy, nTy) * Math.pow(kDb, nDb)
        const loss = stock * (1 - keep)
        stock -= loss
        area *= keep
        const fromBuffer = loss < buffer ? loss : buffer
        buffer -= fromBuffer
        units -= loss - fromBuffer
        if (units < 0) units = 0
      }
      const delivered = f[t]! * ratio * area
      if (delivered > 0) {
        stock += delivered * (1 + bpn)
        buffer += delivered * bpn
        value += delivered * price * df[t]!
      }
    }
    out[i] = value + units * price * df[T]!
  }
  return out
}

/**
 * Issue 13 item 8: 100,000 paths × 30 years, ours against the hand loop,
 * interleaved rounds (load on the machine hits both alike), median of each.
 * Goals: ours ≤ 1 s and ≥ 50 % of the hand loop's speed.
 */
export async function run(): Promise<void> {
  const ours: number[] = []
  const hand: number[] = []
  let same = true
  for (let round = 0; round < ROUNDS; round++) {
    let t0 = performance.now()
    const sim = createSimulation(input)
    sim.step(PATHS)
    ours.push(performance.now() - t0)
    t0 = performance.now()
    const values = handLoop(input)
    hand.push(performance.now() - t0)
    if (round === 0) same = values.every((v, i) => v === sim.valuesCny[i])
  }
  const oursMs = percentile(ours, 50)
  const handMs = percentile(hand, 50)
  const ratio = handMs / oursMs
  console.log(`paths ${PATHS} × years ${YEARS}, ${ROUNDS} interleaved rounds; identical values: ${same}`)
  console.log(`ours median ${oursMs.toFixed(0)} ms (goal ≤ 1000): ${oursMs <= 1000 ? 'met' : 'NOT met'}`)
  console.log(`hand loop median ${handMs.toFixed(0)} ms; speed ratio ours/hand ${ratio.toFixed(2)} (goal ≥ 0.5): ${ratio >= 0.5 ? 'met' : 'NOT met'}`)
}

import { createRng, poisson } from './rng.ts'
import type { CollateralInput, RiskKey } from './spec.ts'
import { PRICE_CAP_CNY_PER_TCO2E } from './spec.ts'

/**
 * One Monte Carlo run, path by path, so that a caller can spread it over
 * several turns of an event loop (`step(count)`) without changing a number:
 * paths draw from one seeded stream in order, so chunking never changes the
 * result.
 *
 * Each path, per term year t = 1…T:
 *  1. price: S_t = min(cap, S_{t−1}·exp(μ − σ²/2 + σ·Z_t)) (GBM, annual step);
 *  2. reversals: K_typhoon ~ Poisson(λ_ty), K_dieback ~ Poisson(λ_db); the carbon
 *     stock credited so far loses 1 − (1 − f_ty)^K_ty·(1 − f_db)^K_db of itself;
 *     the buffer absorbs the loss first, the rest cancels pledged issued units;
 *     the surviving area share scales all later deliveries;
 *  3. delivery: the vintage of year t delivers F_t × D × area share, where D ~
 *     N(mean, sd²) truncated to [0, 1.5] is drawn once per path (a project that
 *     over-estimates does so every year); it is sold at S_t and adds
 *     buffer% / (100 − buffer%) of itself to the buffer;
 *  4. value = Σ_t delivered_t·S_t·(1 + r)^−t + units left_T·S_T·(1 + r)^−T.
 * Every random number is drawn whether or not its risk is switched on, so a
 * run with a risk off uses the same draws for the others (common random
 * numbers: the drivers' differences are not sampling noise).
 */
export type Simulation = {
  /** Simulates up to `count` more paths; returns how many are now done. */
  step: (count: number) => number
  readonly done: number
  readonly total: number
  /** Path values in CNY, filled up to `done`. */
  readonly valuesCny: Float64Array
}

/**
 * Inputs below 1e-12 count as 0: products of such numbers become subnormal
 * floats, which CPUs handle about 100× slower, and no quantity, ratio or rate
 * that small means anything here.
 */
function flushTiny(x: number): number {
  return Math.abs(x) < 1e-12 ? 0 : x
}

export function createSimulation(rawInput: CollateralInput, riskOff: RiskKey | null = null): Simulation {
  const input: CollateralInput = {
    ...rawInput,
    futureCreditsTco2e: rawInput.futureCreditsTco2e.map(flushTiny),
    deliveryMeanRatio: flushTiny(rawInput.deliveryMeanRatio),
    deliverySdRatio: flushTiny(rawInput.deliverySdRatio),
    discountRatePercent: flushTiny(rawInput.discountRatePercent),
    bufferPercent: flushTiny(rawInput.bufferPercent),
    ...(rawInput.bufferTco2e !== undefined ? { bufferTco2e: flushTiny(rawInput.bufferTco2e) } : {}),
    price: {
      startPriceCnyPerTco2e: rawInput.price.startPriceCnyPerTco2e,
      driftPercentPerYear: flushTiny(rawInput.price.driftPercentPerYear),
      volatilityPercentPerYear: flushTiny(rawInput.price.volatilityPercentPerYear),
    },
    risks: {
      typhoonEventsPerYear: flushTiny(rawInput.risks.typhoonEventsPerYear),
      typhoonLossPercent: flushTiny(rawInput.risks.typhoonLossPercent),
      diebackEventsPerYear: flushTiny(rawInput.risks.diebackEventsPerYear),
      diebackLossPercent: flushTiny(rawInput.risks.diebackLossPercent),
    },
  }
  const T = input.termYears
  const n = input.paths
  const rng = createRng(input.seed)
  const mu = input.price.driftPercentPerYear / 100
  const sigma = riskOff === 'price-volatility' ? 0 : input.price.volatilityPercentPerYear / 100
  const logStep = mu - (sigma * sigma) / 2
  const s0 = input.price.startPriceCnyPerTco2e
  const deliveryOff = riskOff === 'delivery'
  const dMean = deliveryOff ? 1 : input.deliveryMeanRatio
  const dSd = deliveryOff ? 0 : input.deliverySdRatio
  const lambdaTy = riskOff === 'typhoon' ? 0 : input.risks.typhoonEventsPerYear
  const lambdaDb = riskOff === 'dieback' ? 0 : input.risks.diebackEventsPerYear
  const p0Ty = Math.exp(-lambdaTy)
  const p0Db = Math.exp(-lambdaDb)
  const keepTy = 1 - input.risks.typhoonLossPercent / 100
  const keepDb = 1 - input.risks.diebackLossPercent / 100
  const b = input.bufferPercent / 100
  const bufferPerNet = b / (1 - b)
  const units0 = input.issuedUnitsTco2e
  const buffer0 = input.bufferTco2e ?? units0 * bufferPerNet

  const discount = new Float64Array(T + 1)
  const credits = new Float64Array(T + 1)
  for (let t = 1; t <= T; t++) {
    discount[t] = Math.pow(1 + input.discountRatePercent / 100, -t)
    credits[t] = input.futureCreditsTco2e[t - 1] ?? 0
  }

  const valuesCny = new Float64Array(n)
  let done = 0

  const step = (count: number): number => {
    const end = Math.min(n, done + Math.max(0, Math.floor(count)))
    for (let i = done; i < end; i++) {
      let d = dMean + dSd * rng.normal()
      d = d < 0 ? 0 : d > 1.5 ? 1.5 : d
      let price = s0
      let area = 1
      let units = units0
      let buffer = buffer0
      let stock = units0 + buffer0
      let value = 0
      for (let t = 1; t <= T; t++) {
        price *= Math.exp(logStep + sigma * rng.normal())
        if (price > PRICE_CAP_CNY_PER_TCO2E) price = PRICE_CAP_CNY_PER_TCO2E
        const kTy = poisson(rng, lambdaTy, p0Ty)
        const kDb = poisson(rng, lambdaDb, p0Db)
        if (kTy + kDb > 0) {
          const keep = Math.pow(keepTy, kTy) * Math.pow(keepDb, kDb)
          const loss = stock * (1 - keep)
          stock -= loss
          area *= keep
          const fromBuffer = loss < buffer ? loss : buffer
          buffer -= fromBuffer
          units -= loss - fromBuffer
          if (units < 0) units = 0
        }
        const delivered = credits[t]! * d * area
        if (delivered > 0) {
          stock += delivered * (1 + bufferPerNet)
          buffer += delivered * bufferPerNet
          value += delivered * price * discount[t]!
        }
      }
      valuesCny[i] = value + units * price * discount[T]!
    }
    done = end
    return done
  }

  return {
    step,
    get done() {
      return done
    },
    total: n,
    valuesCny,
  }
}

/**
 * The same arithmetic with every risk at its expectation and no randomness:
 * the discounted cash flow at the expected price path S_0·e^{μt}, full delivery
 * (D = 1) and no reversal. It is what a bank computing "units × price" would
 * get, discounted.
 */
export function deterministicValueCny(input: CollateralInput): number {
  const mu = input.price.driftPercentPerYear / 100
  const r = input.discountRatePercent / 100
  const s0 = input.price.startPriceCnyPerTco2e
  const T = input.termYears
  let value = 0
  for (let t = 1; t <= T; t++) {
    const price = Math.min(PRICE_CAP_CNY_PER_TCO2E, s0 * Math.exp(mu * t))
    value += (input.futureCreditsTco2e[t - 1] ?? 0) * price * Math.pow(1 + r, -t)
  }
  return value + input.issuedUnitsTco2e * Math.min(PRICE_CAP_CNY_PER_TCO2E, s0 * Math.exp(mu * T)) * Math.pow(1 + r, -T)
}

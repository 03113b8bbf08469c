import fc from 'fast-check'

/**
 * Property tests run with a fixed seed so a CI run is reproducible; set
 * FC_SEED=<n> to explore other inputs locally, or FC_RUNS for more cases.
 * A failure prints its seed and counterexample either way.
 */
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261123
fc.configureGlobal({ seed, ...(process.env.FC_RUNS ? { numRuns: Number(process.env.FC_RUNS) } : {}) })

/**
 * Runs the benchmarks listed here, one after another (npm run bench). Not a
 * timed test: each prints its figures. Add yours to the list explicitly.
 */
export {}

/** `cleanup`, when a bench has one, runs after all benches (e.g. to close a database shared by several). */
type Bench = { run: () => Promise<void>; cleanup?: () => Promise<void> }

const BENCHES: { name: string; load: () => Promise<Bench> }[] = [
  { name: 'mangrove-estimate', load: () => import('./mangrove-estimate.bench.ts') },
  { name: 'site-validation', load: () => import('./site-validation.bench.ts') },
  // These two share one 100,000-site schema (overlap-sites.fixture.bench.ts), built by the first.
  { name: 'overlap-check', load: () => import('./overlap-check.bench.ts') },
  { name: 'registry-layer', load: () => import('./registry-layer.bench.ts') },
  { name: 'collateral-monte-carlo', load: () => import('./collateral-monte-carlo.bench.ts') },
]

const loaded: Bench[] = []
for (const bench of BENCHES) {
  console.log(`# ${bench.name}`)
  const module = await bench.load()
  loaded.push(module)
  await module.run()
}
for (const module of loaded) await module.cleanup?.()

/**
 * Runs the benchmarks listed here, one after another (npm run bench). Not a
 * timed test: each prints its figures. Add yours to the list explicitly.
 */
export {}

const BENCHES: { name: string; load: () => Promise<{ run: () => Promise<void> }> }[] = [
  { name: 'mangrove-estimate', load: () => import('./mangrove-estimate.bench.ts') },
]

for (const bench of BENCHES) {
  console.log(`# ${bench.name}`)
  await (await bench.load()).run()
}

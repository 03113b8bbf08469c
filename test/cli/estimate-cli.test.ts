import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'estimate-cli-'))

function file(name: string, content: unknown): string {
  const path = join(dir, name)
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content))
  return path
}

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'api/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** methodologies.md §10 central case without a buffer, linear growth as §10 A4: 22,209 t CO2e (published, rounded). */
const md10 = file('md10.json', {
  areaHa: 100,
  startYear: 2025,
  creditingYears: 20,
  strata: [{ growthModel: { kind: 'linear' } }],
  nonPermanenceRisk: { method: 'fixed', bufferPercent: 0 },
})

const square = (lon: number, lat: number) => [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]]
const sites = file('sites.geojson', {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { key: 'a' }, geometry: { type: 'Polygon', coordinates: square(110, 21) } },
    { type: 'Feature', properties: { key: 'b', creditingYears: 5 }, geometry: { type: 'Polygon', coordinates: square(110.1, 21) } },
  ],
})

describe('cli estimate', () => {
  it('prints the area-based result as JSON (methodologies.md §10: 22,209 t CO2e)', () => {
    const r = cli('estimate', '--methodology', 'mangrove-afforestation', '--params', md10)
    expect(r.code).toBe(0)
    const result = JSON.parse(r.stdout)
    expect(result.methodology.id).toBe('mangrove-afforestation')
    expect(result.years).toHaveLength(20)
    expect(Math.abs(result.totals.netCreditsTco2e - 22_209)).toBeLessThan(1)
  })

  it('prints CSV: one line per year plus a total line', () => {
    const r = cli('estimate', '--methodology', 'mangrove-afforestation', '--params', md10, '--format', 'csv')
    expect(r.code).toBe(0)
    const lines = r.stdout.trim().split('\n')
    expect(lines[0]).toBe(
      'site,methodology,version,areaHa,year,grossRemovalsTco2e,baselineTco2e,projectEmissionsTco2e,leakageTco2e,uncertaintyDeductionTco2e,bufferTco2e,netCreditsTco2e',
    )
    expect(lines).toHaveLength(22)
    const total = lines[21]!.split(',')
    expect(total[4]).toBe('total')
    expect(Math.abs(Number(total[11]) - 22_209)).toBeLessThan(1)
  })

  it('with --sites, estimates each feature with its geodesic area and property overrides', () => {
    const r = cli('estimate', '--methodology', 'mangrove-afforestation', '--params', md10, '--sites', sites)
    expect(r.code).toBe(0)
    const results = JSON.parse(r.stdout)
    expect(results).toHaveLength(2)
    // R² × Δλ × (sin 21.01° − sin 21°) on R = 6,371,008.8 m ≈ 115.4 ha (see api/geo/geodesic-area.test.ts)
    expect(results[0].areaHa).toBeGreaterThan(115)
    expect(results[0].areaHa).toBeLessThan(116)
    expect(results[0].years).toHaveLength(20)
    expect(results[1].years).toHaveLength(5) // creditingYears overridden by the feature's properties
    // Linear in area: 22,209 × areaHa / 100
    expect(results[0].totals.netCreditsTco2e).toBeCloseTo((22_209.2147 * results[0].areaHa) / 100, 1)
    expect(r.stderr).toMatch(/estimate 1\/2: site a/)
    expect(r.stderr).toMatch(/estimate 2\/2: site b/)
  })

  it('refuses an unknown methodology with exit 2 and the list of known ids', () => {
    const r = cli('estimate', '--methodology', 'no-such-thing', '--params', md10)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/unknown methodology 'no-such-thing'/)
    expect(r.stderr).toMatch(/mangrove-afforestation/)
  })

  it('reports schema errors with field paths (and Chinese where given), exit 2', () => {
    const bad = file('bad.json', { areaHa: 0, startYear: 2025, creditingYears: 20, strata: [{ survivalPercent: 120 }, { plantingYear: 2050 }] })
    const r = cli('estimate', '--methodology', 'mangrove-afforestation', '--params', bad)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/areaHa: /)
    expect(r.stderr).toMatch(/strata\.0\.survivalPercent: /)
  })

  it('reports the cross-field rule with its path and Chinese message', () => {
    const bad = file('late.json', { areaHa: 1, startYear: 2025, creditingYears: 20, strata: [{ plantingYear: 2050 }] })
    const r = cli('estimate', '--methodology', 'mangrove-afforestation', '--params', bad)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/strata\.0\.plantingYear: Planting year 2050 is after the end of the crediting period \(2044\) \/ 造林年份/)
  })

  it('fails clearly on a missing params file, bad JSON, a bad format or a missing option', () => {
    expect(cli('estimate', '--methodology', 'mangrove-afforestation', '--params', join(dir, 'missing.json')).stderr).toMatch(/cannot read params file/)
    expect(cli('estimate', '--methodology', 'mangrove-afforestation', '--params', file('x.json', '{oops')).code).toBe(2)
    expect(cli('estimate', '--methodology', 'mangrove-afforestation', '--params', md10, '--format', 'xml').code).toBe(2)
    expect(cli('estimate', '--params', md10).stderr).toMatch(/--methodology is required/)
    expect(cli('frobnicate').code).toBe(2)
  })

  it('refuses non-polygon sites', () => {
    const points = file('points.geojson', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [110, 21] } }] })
    const r = cli('estimate', '--methodology', 'mangrove-afforestation', '--params', md10, '--sites', points)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/Polygon or MultiPolygon/)
  })
})

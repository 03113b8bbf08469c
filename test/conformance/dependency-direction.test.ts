import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// Which folder may depend on which (issue 10 items 1–2): seeds/ is data that
// api/ reads by path, methodologies/ is pure and knows nothing of the API or
// the web app, and api/routes/ holds routes only so that domain code is found
// in its resource's folder.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const SKIP = new Set(['node_modules', 'dist', '.data'])
const CODE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/
const DATA = /\.(json|csv|geojson|md)$/

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return []
    const path = join(dir, entry.name)
    return entry.isDirectory() ? files(path) : [path]
  })
}

/** Every module specifier a source text names: static and type imports, re-exports, side-effect and dynamic imports. */
export function importSpecifiers(text: string): string[] {
  const patterns = [/\bfrom\s*(['"])([^'"\n]+)\1/g, /\bimport\s*(['"])([^'"\n]+)\1/g, /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g]
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m[2]!))
}

/** Repository-relative targets of the relative imports of `file` (query suffixes such as Vite's `?url` dropped). */
function importTargets(file: string): string[] {
  return importSpecifiers(readFileSync(join(ROOT, file), 'utf8'))
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(ROOT, resolve(ROOT, dirname(file), spec.replace(/\?.*$/, ''))).split(sep).join('/'))
}

/** Imports of code from seeds/; a data file (JSON, CSV, GeoJSON) may be read or imported. */
export function seedCodeImports(targets: string[]): string[] {
  return targets.filter((t) => t.startsWith('seeds/') && !DATA.test(t))
}

/** Does a file under api/routes/ declare a route? */
export function definesRoute(text: string): boolean {
  return /\bcreateRoute\s*\(/.test(text)
}

const sources = (dir: string) => files(dir).filter((f) => CODE.test(f))

describe('dependency direction', () => {
  it('recognises the imports it must refuse (the checks below can fail)', () => {
    const text = [
      "import { seedDemo } from '../seeds/seed.ts'",
      "import type { X } from '../../api/app-env.ts'",
      "export { y } from './y.ts'",
      "import './side-effect.ts'",
      "const m = await import('../web/src/main.ts')",
      'import {\n  a,\n  b,\n} from "./multi-line.ts"',
    ].join('\n')
    expect(importSpecifiers(text).sort()).toEqual(
      ['../seeds/seed.ts', '../../api/app-env.ts', './y.ts', './side-effect.ts', '../web/src/main.ts', './multi-line.ts'].sort(),
    )
    expect(seedCodeImports(['seeds/seed.ts', 'seeds/prices', 'seeds/prices/carbon-prices.csv', 'seeds/demo/organisations.json'])).toEqual([
      'seeds/seed.ts',
      'seeds/prices',
    ])
    expect(definesRoute("const route = createRoute({ method: 'get' })")).toBe(true)
    expect(definesRoute('export function helper() {}')).toBe(false)
  })

  it('seeds/ holds data only (JSON, CSV, GeoJSON and their readmes), no code', () => {
    const seedFiles = files('seeds')
    expect(seedFiles.length).toBeGreaterThan(0)
    expect(seedFiles.filter((f) => !DATA.test(f))).toEqual([])
  })

  it('nothing in api/, methodologies/ or web/src/ imports seeds/ as code', () => {
    const offenders = ['api', 'methodologies', 'web/src'].flatMap((dir) =>
      sources(dir).flatMap((file) => seedCodeImports(importTargets(file)).map((target) => `${file} → ${target}`)),
    )
    expect(offenders).toEqual([])
  })

  it('methodologies/ imports neither api/ nor web/', () => {
    const offenders = sources('methodologies').flatMap((file) =>
      importTargets(file)
        .filter((t) => t.startsWith('api/') || t.startsWith('web/'))
        .map((target) => `${file} → ${target}`),
    )
    expect(offenders).toEqual([])
  })

  it('every file in api/routes/ other than index.ts and schema.ts defines a route', () => {
    const routeFiles = sources('api/routes')
    expect(routeFiles.length).toBeGreaterThan(10)
    const strays = routeFiles.filter((f) => !/[/\\](index|schema)\.ts$/.test(f)).filter((f) => !definesRoute(readFileSync(join(ROOT, f), 'utf8')))
    expect(strays).toEqual([])
  })
})

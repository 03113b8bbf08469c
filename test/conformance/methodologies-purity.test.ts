import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * methodologies/ is pure (style.md §2): no I/O, no clock, no randomness, and no
 * imports from api/ or web/. This test is the rule that enforces it; test files
 * beside the code may read their fixtures and are exempt.
 */
const ROOT = fileURLToPath(new URL('../../methodologies/', import.meta.url))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return path.endsWith('.ts') && !path.endsWith('.test.ts') && !/\/(test|testing)\//.test(path) ? [path] : []
  })
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g
const ALLOWED_PACKAGES = new Set(['zod'])

describe('methodologies/ purity', () => {
  const files = sourceFiles(ROOT)

  it('has source files to check', () => expect(files.length).toBeGreaterThan(20))

  it('imports only zod and its own modules', () => {
    const offences: string[] = []
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(IMPORT)) {
        const spec = (m[1] ?? m[2])!
        const local = spec.startsWith('.')
        const escapes = local && !join(file, '..', spec).startsWith(ROOT)
        if ((local && escapes) || (!local && !ALLOWED_PACKAGES.has(spec))) offences.push(`${relative(ROOT, file)} imports ${spec}`)
      }
    }
    expect(offences).toEqual([])
  })

  it('reads no clock and draws no random numbers', () => {
    const offences = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
      return /\bDate\.now\(|new Date\(\s*\)|Math\.random\(|performance\.now\(|process\./.test(text) ? [relative(ROOT, file)] : []
    })
    expect(offences).toEqual([])
  })
})

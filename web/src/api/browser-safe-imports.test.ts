import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const WEB_SRC = join(ROOT, 'web/src')
/** Packages that only make sense on the server (or would drag the server into the bundle). */
const SERVER_ONLY = /^(node:|@hono\/|hono$|hono\/|postgres$|@electric-sql\/|playwright)/

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  // `import type` vanishes at build time, so only value imports count.
  return [...text.matchAll(/^import (?!type )[^'"]*?from '([^']+)'/gm), ...text.matchAll(/^export [^'"]*? from '([^']+)'/gm)].map((m) => m[1]!)
}

/** Every module outside web/src that the web app's value imports reach, with the server-only packages each one imports. */
function reachedOutsideWeb(): Map<string, string[]> {
  const seen = new Map<string, string[]>()
  const queue = sources(WEB_SRC)
  const visited = new Set<string>()
  while (queue.length) {
    const file = queue.pop()!
    if (visited.has(file)) continue
    visited.add(file)
    const outside = !file.startsWith(WEB_SRC)
    for (const spec of imports(file)) {
      if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec))
      else if (outside && SERVER_ONLY.test(spec)) seen.set(relative(ROOT, file), [...(seen.get(relative(ROOT, file)) ?? []), spec])
    }
    if (outside && !seen.has(relative(ROOT, file))) seen.set(relative(ROOT, file), [])
  }
  return seen
}

describe('what the web app imports from the API and the methodologies', () => {
  it('reaches the shared schema modules, and none of them imports server code', () => {
    const reached = reachedOutsideWeb()
    for (const shared of ['api/estimates/saved-estimate.schema.ts', 'api/projects/project-status.ts', 'api/valuations/server-filled.ts', 'api/methodologies/methodology-summary.ts']) {
      expect([...reached.keys()]).toContain(shared)
    }
    expect([...reached].filter(([, bad]) => bad.length > 0)).toEqual([])
  })
})

import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { methodologies } from '../../methodologies/index.ts'
import { collectValue, stateFromValue } from '../../web/src/forms/form-state.ts'
import { specToFields } from '../../web/src/forms/spec-to-fields.ts'

/**
 * Issue 9 §4: the API refuses unknown keys at every depth, so the spec-driven web
 * form must never send one, even when it is filled from stored inputs that carry
 * keys the schema does not know (an older version, a hand-made file). The JSON
 * Schema is made exactly as GET /api/v1/methodologies/{id} serves it.
 */
const FIXTURES = new URL('../../methodologies/', import.meta.url)

function fixtureInputs(id: string): { name: string; input: Record<string, unknown> }[] {
  const dir = new URL(`${id}/test/in/`, FIXTURES)
  let files: string[]
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'))
  } catch {
    return []
  }
  return files.map((f) => ({ name: f, input: JSON.parse(readFileSync(new URL(f, dir), 'utf8')) }))
}

/** Stray keys at the top and inside every nested object and array item. */
function withStrayKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withStrayKeys)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = { strayKey: 1 }
  for (const [k, v] of Object.entries(value)) out[k] = withStrayKeys(v)
  return out
}

const unknownKeyPaths = (issues: readonly { code: string; path: PropertyKey[]; keys?: string[] }[]) =>
  issues.filter((i) => i.code === 'unrecognized_keys').map((i) => [...i.path, ...(i.keys ?? [])].join('.'))

describe.each(methodologies.map((m) => [m.id, m] as const))('the %s form', (id, m) => {
  const inputSchema = z.toJSONSchema(m.input, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>
  const fields = specToFields(inputSchema)

  it('is exported as a closed JSON Schema (additionalProperties: false)', () => {
    expect(JSON.stringify(inputSchema)).toContain('"additionalProperties":false')
  })

  const cases = [{ name: 'defaults', input: undefined as unknown }, ...fixtureInputs(id)]
  it.each(cases.map((c) => [c.name, c.input] as const))('filled from %s with stray keys everywhere, sends only known keys', (_name, input) => {
    const { value } = collectValue(fields, stateFromValue(fields, input === undefined ? undefined : withStrayKeys(input)))
    const parsed = m.input.safeParse(value)
    expect(unknownKeyPaths(parsed.success ? [] : parsed.error.issues)).toEqual([])
    if (input !== undefined) {
      // The same stray keys sent as they are would be refused: the form is what removes them.
      const raw = m.input.safeParse(withStrayKeys(input))
      expect(unknownKeyPaths(raw.success ? [] : raw.error.issues)).toContain('strayKey')
      // The stored inputs themselves round-trip: nothing the user had is lost either.
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
    }
  })
})

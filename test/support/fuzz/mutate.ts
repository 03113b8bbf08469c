import fc from 'fast-check'
import { pickBranch, resolve, type Components, type JsonSchema } from './json-schema.ts'
import { deepArray, deepObject, RawNumber } from './raw-json.ts'
import { violates } from './violates.ts'

type Path = (string | number)[]
type Node = { path: Path; value: unknown; schema: JsonSchema | undefined }

/** Every spot of `value` with the schema that governs it (undefined where the schema says nothing). */
export function nodesOf(value: unknown, schema: JsonSchema | undefined, components: Components, path: Path = []): Node[] {
  let s = schema ? resolve(schema, components) : undefined
  const branches = s?.oneOf ?? s?.anyOf
  if (s && branches) s = pickBranch(branches, value, components)
  const nodes: Node[] = [{ path, value, schema: s }]
  if (Array.isArray(value)) {
    value.slice(0, 20).forEach((item, i) => nodes.push(...nodesOf(item, s?.items, components, [...path, i])))
  } else if (value !== null && typeof value === 'object' && !(value instanceof RawNumber)) {
    for (const [key, item] of Object.entries(value)) {
      const extra = s?.additionalProperties
      const child = s?.properties?.[key] ?? (typeof extra === 'object' ? extra : undefined)
      nodes.push(...nodesOf(item, child, components, [...path, key]))
    }
  }
  return nodes
}

/** Values no well-behaved client sends: wrong types, extreme numbers, unstorable or huge text. */
export const hostileValues: readonly unknown[] = [
  1e308, -1e308, -0, 5e-324, -5e-324, 1e-300, 2 ** 53 + 2, -(2 ** 53), 1e15, 1e21, 2 ** 31, 1.5, 0.1, -1, 0, 99_999_999_999,
  new RawNumber('1e999'), new RawNumber('-1e999'), new RawNumber('123456789012345678901234567890'), new RawNumber('-0.0'), new RawNumber('1.7976931348623157e308'),
  '', ' ', '\u0000', 'a\u0000b', '\uD800', 'x\uDC00y', '\uDBFF\uDFFF', 'a'.repeat(100_000), '长'.repeat(5_001),
  "'; DROP TABLE sites; --", '<script>alert(1)</script>', '../../../../etc/passwd', '%00', '\u202Eevil', 'NaN', 'Infinity', '1e308', 'null',
  '00000000-0000-0000-0000-000000000000', 'e\u0301\r\n\t',
  null, true, false, [], {}, [null], { $ne: null }, [1, 2, 3],
  deepArray(3_000), deepObject(1_000),
]

export type MutationKind = 'hostile-value' | 'delete-key' | 'unknown-key' | 'misspelled-key' | 'array-for-object' | 'null-body'

export type Mutated = { value: unknown; kind: MutationKind; path: Path; detail: string; mustRefuse: boolean }

/** One edit away from `key`: what a typo in a hand-written request looks like. */
function misspell(key: string, pick: number): string {
  const i = pick % Math.max(key.length, 1)
  switch (pick % 3) {
    case 0:
      return key.slice(0, i) + key.slice(i + 1)
    case 1:
      return key.slice(0, i) + key[i]!.toUpperCase() + key.slice(i + 1)
    default:
      return key.slice(0, i) + 'x' + key.slice(i)
  }
}

function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone)
  if (value instanceof RawNumber) return value
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {}
    // defineProperty keeps an own "__proto__" key a key rather than a prototype.
    for (const [k, v] of Object.entries(value)) Object.defineProperty(copy, k, { value: clone(v), enumerable: true, writable: true, configurable: true })
    return copy
  }
  return value
}

function setAt(root: unknown, path: Path, replace: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replace(root)
  const copy = clone(root) as Record<string | number, unknown>
  let parent = copy
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>
  const last = path[path.length - 1]!
  Object.defineProperty(parent, last, { value: replace(parent[last]), enumerable: true, writable: true, configurable: true })
  return copy
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof RawNumber)
}

/**
 * Applies one hostile edit to a valid-shaped value and says whether the result
 * breaks the request schema, i.e. must be refused.
 */
export function mutate(root: unknown, rootSchema: JsonSchema, components: Components, kindPick: number, spotPick: number, hostilePick: number): Mutated {
  const nodes = nodesOf(root, rootSchema, components)
  const node = nodes[spotPick % nodes.length]!
  const objects = nodes.filter((n) => isPlainObject(n.value))
  const finish = (kind: MutationKind, path: Path, value: unknown, detail: string): Mutated => ({
    value,
    kind,
    path,
    detail,
    mustRefuse: violates(rootSchema, value, components),
  })
  const kinds: MutationKind[] = ['hostile-value', 'hostile-value', 'hostile-value', 'delete-key', 'unknown-key', 'misspelled-key', 'array-for-object', 'null-body']
  const kind = kinds[kindPick % kinds.length]!
  const target = objects.length ? objects[spotPick % objects.length]! : undefined
  switch (kind) {
    case 'delete-key': {
      const keys = target ? Object.keys(target.value as object) : []
      if (!target || keys.length === 0) break
      const key = keys[hostilePick % keys.length]!
      return finish(kind, [...target.path, key], setAt(root, target.path, (o) => {
        const { [key]: _gone, ...rest } = o as Record<string, unknown>
        return rest
      }), `delete ${key}`)
    }
    case 'unknown-key':
    case 'misspelled-key': {
      if (!target) break
      const known = Object.keys(target.schema?.properties ?? target.value as object)
      const extraKeys = ['__proto__', 'constructor', 'id', 'organisationId', 'status', 'isAdmin', '']
      const key =
        kind === 'misspelled-key' && known.length
          ? misspell(known[hostilePick % known.length]!, hostilePick)
          : extraKeys[hostilePick % extraKeys.length]!
      if (Object.hasOwn(target.value as object, key) || known.includes(key)) break
      const hostile = hostileValues[hostilePick % hostileValues.length]
      return finish(kind, [...target.path, key], setAt(root, target.path, (o) => {
        const copy = clone(o) as Record<string, unknown>
        Object.defineProperty(copy, key, { value: kind === 'misspelled-key' ? (o as Record<string, unknown>)[known[hostilePick % known.length]!] ?? 1 : hostile, enumerable: true, writable: true, configurable: true })
        return copy
      }), `add key ${JSON.stringify(key)}`)
    }
    case 'array-for-object':
      if (!target) break
      return finish(kind, target.path, setAt(root, target.path, (o) => [o]), 'wrap object in an array')
    case 'null-body':
      return finish(kind, [], hostileValues[hostilePick % hostileValues.length], 'replace the whole body')
    case 'hostile-value':
      break
  }
  const hostile = hostileValues[hostilePick % hostileValues.length]
  return finish('hostile-value', node.path, setAt(root, node.path, () => hostile), 'replace value')
}

/** fast-check wrapper: a valid-shaped value and one hostile edit of it. */
export function mutatedArbitrary(valid: fc.Arbitrary<unknown>, schema: JsonSchema, components: Components): fc.Arbitrary<Mutated> {
  return fc
    .tuple(valid, fc.nat(), fc.nat(), fc.nat({ max: hostileValues.length * 7 }))
    .map(([value, kind, spot, hostile]) => mutate(value, schema, components, kind, spot, hostile))
}

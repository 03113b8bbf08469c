import fc from 'fast-check'
import { resolve, typesOf, type Components, type JsonSchema } from './json-schema.ts'

export type SchemaArbitraryOptions = {
  components: Components
  /** Hand-written arbitraries for named component schemas whose JSON Schema says too little (GeoJSON geometry). */
  overrides?: Record<string, fc.Arbitrary<unknown>>
}

// Arrays stay short so a case costs milliseconds; now and then one reaches
// toward its documented maximum, because large-but-valid input is where stalls hide.
const TYPICAL_MAX_ITEMS = 4
const LARGE_MAX_ITEMS = 2_000
const TYPICAL_MAX_LENGTH = 40

/**
 * A fast-check arbitrary of values shaped like `schema`: right types, keys,
 * enums and bounds. Cross-field rules are not modelled, so some values are
 * still refused by the API — the fuzzer asserts only that refusal is clean.
 */
export function arbitraryFromSchema(schema: JsonSchema, options: SchemaArbitraryOptions): fc.Arbitrary<unknown> {
  const s = resolve(schema, options.components)
  const override = typeof s.refName === 'string' ? options.overrides?.[s.refName] : undefined
  if (override) return override
  if (s.const !== undefined) return fc.constant(s.const)
  // A documented example or default is a valid value by the API's own word; it
  // also satisfies cross-field rules the JSON Schema cannot state.
  const documented = [s.example, s.default].filter((v) => v !== undefined)
  if (documented.length) return fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...documented) }, { weight: 2, arbitrary: generated(s, options) })
  return generated(s, options)
}

function generated(s: JsonSchema, options: SchemaArbitraryOptions): fc.Arbitrary<unknown> {
  if (s.enum) return fc.constantFrom(...s.enum)
  const branches = s.oneOf ?? s.anyOf
  if (branches) return fc.oneof(...branches.map((b) => arbitraryFromSchema({ ...b }, options)))
  const types = typesOf(s)
  if (types.length === 0) return fc.jsonValue({ maxDepth: 2 })
  return fc.oneof(...types.map((t) => arbitraryOfType(t, s, options)))
}

function arbitraryOfType(type: string, s: JsonSchema, options: SchemaArbitraryOptions): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null)
    case 'boolean':
      return fc.boolean()
    case 'integer':
      return integerArbitrary(s)
    case 'number':
      return numberArbitrary(s)
    case 'string':
      return stringArbitrary(s)
    case 'array':
      return arrayArbitrary(s, options)
    case 'object':
      return objectArbitrary(s, options)
    default:
      throw new Error(`schema type ${type} is not supported by the fuzzer`)
  }
}

function integerArbitrary(s: JsonSchema): fc.Arbitrary<number> {
  const min = Math.max(s.minimum ?? (s.exclusiveMinimum !== undefined ? Math.floor(s.exclusiveMinimum) + 1 : -(2 ** 31)), Number.MIN_SAFE_INTEGER)
  const max = Math.min(s.maximum ?? (s.exclusiveMaximum !== undefined ? Math.ceil(s.exclusiveMaximum) - 1 : 2 ** 31), Number.MAX_SAFE_INTEGER)
  return fc.integer({ min, max })
}

function numberArbitrary(s: JsonSchema): fc.Arbitrary<number> {
  const min = s.minimum ?? s.exclusiveMinimum ?? -1e12
  const max = s.maximum ?? s.exclusiveMaximum ?? 1e12
  return fc.double({
    min,
    max,
    minExcluded: s.minimum === undefined && s.exclusiveMinimum !== undefined,
    maxExcluded: s.maximum === undefined && s.exclusiveMaximum !== undefined,
    noNaN: true,
    noDefaultInfinity: true,
  })
}

function stringArbitrary(s: JsonSchema): fc.Arbitrary<string> {
  switch (s.format) {
    case 'uuid':
      return fc.uuid()
    case 'email':
      return fc.emailAddress().filter((e) => e.length <= (s.maxLength ?? 254))
    case 'date':
      return fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
    case 'date-time':
      return fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => d.toISOString())
  }
  if (s.pattern) return fc.stringMatching(new RegExp(s.pattern))
  const minLength = s.minLength ?? 0
  const maxLength = Math.max(minLength, Math.min(s.maxLength ?? TYPICAL_MAX_LENGTH, TYPICAL_MAX_LENGTH))
  const sized = { minLength, maxLength }
  return fc.oneof(
    fc.string({ ...sized, unit: 'grapheme-ascii' }),
    fc.string({ ...sized, unit: 'grapheme' }),
    // Exactly at the documented limit: counted in UTF-16 units, as zod counts.
    ...(s.maxLength !== undefined ? [fc.constant('长'.repeat(s.maxLength))] : []),
  )
}

function arrayArbitrary(s: JsonSchema, options: SchemaArbitraryOptions): fc.Arbitrary<unknown[]> {
  const item = s.items ? arbitraryFromSchema(s.items, options) : fc.jsonValue({ maxDepth: 1 })
  const minLength = s.minItems ?? 0
  const typical = fc.array(item, { minLength, maxLength: Math.max(minLength, Math.min(s.maxItems ?? TYPICAL_MAX_ITEMS, TYPICAL_MAX_ITEMS)) })
  const largeLength = Math.min(s.maxItems ?? LARGE_MAX_ITEMS, LARGE_MAX_ITEMS)
  if (largeLength <= TYPICAL_MAX_ITEMS) return typical
  const large = item.chain((one) => fc.constant(Array.from({ length: largeLength }, () => one)))
  return fc.oneof({ weight: 100, arbitrary: typical }, { weight: 1, arbitrary: large })
}

const ABSENT = Symbol('absent')

function objectArbitrary(s: JsonSchema, options: SchemaArbitraryOptions): fc.Arbitrary<Record<string, unknown>> {
  const properties = s.properties ?? {}
  const required = new Set(s.required ?? [])
  // Optional keys are mostly left out: "at most one of" rules then usually hold,
  // and defaults get exercised.
  const model: Record<string, fc.Arbitrary<unknown>> = {}
  for (const [key, prop] of Object.entries(properties)) {
    const value = arbitraryFromSchema(prop, options)
    model[key] = required.has(key) ? value : fc.oneof({ weight: 2, arbitrary: fc.constant(ABSENT) }, { weight: 1, arbitrary: value })
  }
  const known = fc.record(model).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== ABSENT)))
  const extra = s.additionalProperties
  if (extra === undefined || extra === false || Object.keys(properties).length > 0) return known
  // A record (e.g. price factors keyed by year): keys from propertyNames, values from the schema.
  const keyArb = s.propertyNames ? (arbitraryFromSchema(s.propertyNames, options) as fc.Arbitrary<string>) : fc.string({ maxLength: 10 })
  const valueArb = extra === true ? fc.jsonValue({ maxDepth: 1 }) : arbitraryFromSchema(extra, options)
  return fc.dictionary(keyArb, valueArb, { maxKeys: 3 })
}

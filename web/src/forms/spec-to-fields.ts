import { z } from 'zod'

/**
 * Turns the JSON Schema a methodology publishes (`GET /api/v1/methodologies/{id}`
 * → `inputSchema`, made by zod's `toJSONSchema`) into a tree of form fields
 * (style.md §3: the spec drives the form; nothing is declared twice).
 *
 * Only the subset zod emits is read: object/properties/required, number and
 * integer with bounds, string enum/const, arrays of objects, `oneOf` of objects
 * told apart by a `const` property, records (`additionalProperties`), plus our
 * metadata `unit`, `about` {zh,en} and `source` (a Citation). Anything else
 * becomes a `raw` field edited as JSON, so an unknown construct is visible
 * rather than silently dropped.
 */

const bilingualSchema = z.object({ zh: z.string(), en: z.string() })
export type Bilingual = z.infer<typeof bilingualSchema>

/** A Citation as the API serves it; extra keys (quality, note) are kept. */
export const sourceSchema = z
  .object({
    id: z.string().optional(),
    document: z.string(),
    locator: z.string().optional(),
    url: z.string().optional(),
    status: z.string(),
    note: z.string().optional(),
  })
  .loose()
export type Source = z.infer<typeof sourceSchema>

type Common = {
  /** Property name in the parent object ('' for the root). */
  key: string
  about: Bilingual | undefined
  /** The field's own source, or the nearest ancestor's when `sourceInherited`. */
  source: Source | undefined
  sourceInherited: boolean
  /** Listed in the parent's `required`: the server refuses the input without it. */
  required: boolean
}

export type NumberField = Common & {
  kind: 'number'
  unit: string | undefined
  integer: boolean
  min: number | undefined
  max: number | undefined
  exclusiveMin: boolean
  exclusiveMax: boolean
  default: number | undefined
  /** Required and without a sourced default: the user must enter it. */
  needsInput: boolean
}
export type ChoiceField = Common & { kind: 'choice'; options: string[]; default: string | undefined; needsInput: boolean }
export type TextField = Common & { kind: 'text'; maxLength: number | undefined; pattern: string | undefined; default: string | undefined; needsInput: boolean }
export type BooleanField = Common & { kind: 'boolean'; default: boolean | undefined }
export type ConstField = Common & { kind: 'const'; value: string | number | boolean }
export type GroupField = Common & {
  kind: 'group'
  fields: FieldNode[]
  /** A unit on the object itself (a price object carries the unit of its value). */
  unit: string | undefined
  /** The schema gives a default for the whole object (e.g. `{}`): it may be left empty. */
  hasDefault: boolean
}
export type ListField = Common & { kind: 'list'; item: FieldNode; minItems: number; maxItems: number | undefined; default: unknown[] | undefined }
export type Variant = { value: string; about: Bilingual | undefined; fields: FieldNode[] }
export type VariantField = Common & {
  kind: 'variant'
  /** The property whose `const` tells the variants apart (e.g. `method`). */
  discriminator: string
  variants: Variant[]
  default: string | undefined
}
export type MapField = Common & { kind: 'map'; keyPattern: string | undefined; value: FieldNode }
export type RawField = Common & { kind: 'raw'; default: unknown; needsInput: boolean }

export type FieldNode = NumberField | ChoiceField | TextField | BooleanField | ConstField | GroupField | ListField | VariantField | MapField | RawField

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)

function readAbout(schema: Json): Bilingual | undefined {
  const parsed = bilingualSchema.safeParse(schema.about)
  return parsed.success ? parsed.data : undefined
}

function readSource(schema: Json): Source | undefined {
  const parsed = sourceSchema.safeParse(schema.source)
  return parsed.success ? parsed.data : undefined
}

type Context = { key: string; required: boolean; inherited: Source | undefined }

function common(schema: Json, ctx: Context): Common {
  const own = readSource(schema)
  return {
    key: ctx.key,
    about: readAbout(schema),
    source: own ?? ctx.inherited,
    sourceInherited: own === undefined && ctx.inherited !== undefined,
    required: ctx.required,
  }
}

/** The property every branch of a oneOf fixes with `const`, if there is one. */
function discriminatorOf(branches: Json[]): string | undefined {
  const first = branches[0]
  if (!first || !isObject(first.properties)) return undefined
  for (const key of Object.keys(first.properties)) {
    const ok = branches.every((b) => isObject(b.properties) && isObject(b.properties[key]) && typeof b.properties[key].const === 'string')
    if (ok) return key
  }
  return undefined
}

function objectFields(schema: Json, inherited: Source | undefined, skip?: string): FieldNode[] {
  const properties = isObject(schema.properties) ? schema.properties : {}
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((k): k is string => typeof k === 'string') : [])
  return Object.entries(properties)
    .filter(([key, child]) => key !== skip && isObject(child))
    .map(([key, child]) => toField(child as Json, { key, required: required.has(key), inherited }))
}

function toField(schema: Json, ctx: Context): FieldNode {
  const base = common(schema, ctx)
  // Defaults of nested fields are covered by the source of the object that holds them.
  const inherited = base.source
  const hasDefault = 'default' in schema

  if (Array.isArray(schema.oneOf)) {
    const branches = schema.oneOf.filter(isObject)
    const discriminator = branches.length === schema.oneOf.length ? discriminatorOf(branches) : undefined
    if (discriminator) {
      const variants = branches.map((b) => {
        const prop = (b.properties as Json)[discriminator] as Json
        return { value: String(prop.const), about: readAbout(b) ?? readAbout(prop), fields: objectFields(b, inherited, discriminator) }
      })
      const d = isObject(schema.default) ? schema.default[discriminator] : undefined
      return { ...base, kind: 'variant', discriminator, variants, default: typeof d === 'string' ? d : undefined }
    }
  }

  if ('const' in schema && ['string', 'number', 'boolean'].includes(typeof schema.const)) {
    return { ...base, kind: 'const', value: schema.const as string | number | boolean }
  }

  switch (schema.type) {
    case 'number':
    case 'integer': {
      const exclusiveMin = num(schema.exclusiveMinimum)
      const exclusiveMax = num(schema.exclusiveMaximum)
      const d = num(schema.default)
      return {
        ...base,
        kind: 'number',
        unit: typeof schema.unit === 'string' ? schema.unit : undefined,
        integer: schema.type === 'integer',
        min: exclusiveMin ?? num(schema.minimum),
        max: exclusiveMax ?? num(schema.maximum),
        exclusiveMin: exclusiveMin !== undefined,
        exclusiveMax: exclusiveMax !== undefined,
        default: d,
        needsInput: ctx.required && d === undefined,
      }
    }
    case 'string': {
      const d = typeof schema.default === 'string' ? schema.default : undefined
      if (Array.isArray(schema.enum)) {
        const options = schema.enum.filter((v): v is string => typeof v === 'string')
        return { ...base, kind: 'choice', options, default: d, needsInput: ctx.required && d === undefined }
      }
      return {
        ...base,
        kind: 'text',
        maxLength: num(schema.maxLength),
        pattern: typeof schema.pattern === 'string' ? schema.pattern : undefined,
        default: d,
        needsInput: ctx.required && d === undefined,
      }
    }
    case 'boolean':
      return { ...base, kind: 'boolean', default: typeof schema.default === 'boolean' ? schema.default : undefined }
    case 'array': {
      if (isObject(schema.items)) {
        return {
          ...base,
          kind: 'list',
          item: toField(schema.items, { key: '', required: true, inherited }),
          minItems: num(schema.minItems) ?? 0,
          maxItems: num(schema.maxItems),
          default: Array.isArray(schema.default) ? schema.default : undefined,
        }
      }
      break
    }
    case 'object': {
      if (isObject(schema.additionalProperties) && !isObject(schema.properties)) {
        const names = isObject(schema.propertyNames) ? schema.propertyNames : {}
        return {
          ...base,
          kind: 'map',
          keyPattern: typeof names.pattern === 'string' ? names.pattern : undefined,
          value: toField(schema.additionalProperties, { key: '', required: true, inherited }),
        }
      }
      return {
        ...base,
        kind: 'group',
        fields: objectFields(schema, inherited),
        unit: typeof schema.unit === 'string' ? schema.unit : undefined,
        hasDefault,
      }
    }
  }
  return { ...base, kind: 'raw', default: schema.default, needsInput: ctx.required && !hasDefault }
}

/**
 * The form of a methodology's inputs.
 *
 * @param inputSchema - the `inputSchema` of `GET /api/v1/methodologies/{id}` (JSON Schema 2020-12)
 * @returns the root field: a group for an object schema, a variant for a discriminated union
 * @example specToFields({ type: 'object', properties: { areaHa: { type: 'number', unit: 'ha' } }, required: ['areaHa'] })
 *   // { kind: 'group', fields: [{ kind: 'number', key: 'areaHa', unit: 'ha', needsInput: true, … }], … }
 */
export function specToFields(inputSchema: unknown): FieldNode {
  if (!isObject(inputSchema)) throw new TypeError('inputSchema must be a JSON Schema object')
  return toField(inputSchema, { key: '', required: true, inherited: undefined })
}

/** `['strata', 0, 'plantingYear']` → `strata[0].plantingYear`, the API's own path notation (api/errors/zod-issues.ts). */
export function formatFieldPath(path: readonly (string | number)[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out ? `.${key}` : key
  }
  return out
}

import type { Locale } from '../errors/catalog.ts'
import type { FieldError } from '../errors/api-error.ts'
import { formatPath } from '../errors/zod-issues.ts'

/**
 * Text PostgreSQL cannot store: NUL (text and jsonb refuse U+0000) and a UTF-16
 * surrogate without its partner (not encodable as UTF-8). Either reached the
 * database as a 500; refused at the edge it is a 400 naming the field.
 */
export type UnsafeTextCode = 'nul_character' | 'lone_surrogate'

// Without the u flag a regex sees UTF-16 code units, so a half pair is visible to it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Whether JSON source text may decode to unsafe text: only an escape of NUL or of
 * a surrogate (`\u0000`, `\uD8xx`–`\uDFxx`), or a raw surrogate code unit, can
 * (JSON refuses a raw NUL). Most bodies have neither, and skip the tree walk.
 */
const MAYBE_UNSAFE_JSON = /\\u(?:0000|[dD][89a-fA-F])|[\uD800-\uDFFF]/

export function jsonTextMayBeUnsafe(source: string): boolean {
  return MAYBE_UNSAFE_JSON.test(source)
}

export function unsafeTextCode(text: string): UnsafeTextCode | null {
  if (text.includes('\u0000')) return 'nul_character'
  if (LONE_SURROGATE.test(text)) return 'lone_surrogate'
  return null
}

const MESSAGES: Record<UnsafeTextCode, Record<Locale, string>> = {
  nul_character: { en: 'The text contains a NUL character (U+0000), which cannot be stored.', zh: '文本包含无法存储的空字符（U+0000）。' },
  lone_surrogate: {
    en: 'The text contains a lone UTF-16 surrogate (half of a character), which is not valid Unicode.',
    zh: '文本包含孤立的 UTF-16 代理项（半个字符），不是有效的 Unicode。',
  },
}

/** Listing more than this helps nobody; the first ones show what to fix. */
const MAX_REPORTED = 20

export function unsafeTextError(path: string, code: UnsafeTextCode, locale: Locale): FieldError {
  return { path, code, message: MESSAGES[code][locale] }
}

type Node = { value: unknown; key: PropertyKey | null; parent: Node | null }

function pathOf(node: Node | null, prefix: readonly PropertyKey[]): string {
  const keys: PropertyKey[] = []
  for (let n = node; n && n.key !== null; n = n.parent) keys.push(n.key)
  return formatPath([...prefix, ...keys.reverse()])
}

/**
 * Every string in parsed JSON, keys included, checked with its path (`strata[0].name`).
 * Iterative with parent links, so a deeply nested body neither overflows the stack
 * nor pays for copying paths it will never print.
 */
export function findUnsafeJsonText(value: unknown, locale: Locale, prefix: readonly PropertyKey[] = []): FieldError[] {
  const errors: FieldError[] = []
  const stack: Node[] = [{ value, key: null, parent: null }]
  while (stack.length > 0 && errors.length < MAX_REPORTED) {
    const node = stack.pop()!
    const current = node.value
    if (typeof current === 'string') {
      const code = unsafeTextCode(current)
      if (code) errors.push(unsafeTextError(pathOf(node, prefix), code, locale))
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], key: i, parent: node })
    } else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current)
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!
        const code = unsafeTextCode(key)
        // A bad key is reported at its parent: the key itself cannot be printed safely.
        if (code) errors.push(unsafeTextError(pathOf(node, prefix), code, locale))
        else stack.push({ value: child, key, parent: node })
      }
    }
  }
  return errors.slice(0, MAX_REPORTED)
}

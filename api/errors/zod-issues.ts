import { z } from 'zod'
import type { Locale } from './catalog.ts'
import type { FieldError } from './api-error.ts'
import { closestKey } from './did-you-mean.ts'

/**
 * A finished zod issue no longer names its schema, so an `unrecognized_keys` issue
 * cannot say which keys were allowed. While zod raises it (the schema is still on
 * the raw issue) this copies the object's own keys onto it as `knownKeys`; returning
 * undefined leaves the message to zod's locale. Global because every strict object
 * (API bodies and methodology params alike) should get the suggestion.
 */
z.config({
  customError: (issue) => {
    if (issue.code !== 'unrecognized_keys') return undefined
    const shape = (issue.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape
    if (shape) Object.assign(issue, { knownKeys: Object.keys(shape) })
    return undefined
  },
})

/** The parts of a zod v4 issue we read; zod's own type is a wide union. */
type Issue = {
  code: string
  path: PropertyKey[]
  message: string
  expected?: string
  received?: string
  origin?: string
  minimum?: number | bigint
  maximum?: number | bigint
  inclusive?: boolean
  format?: string
  divisor?: number
  keys?: string[]
  knownKeys?: string[]
  values?: unknown[]
  params?: { zh?: string; en?: string }
}

/** `["strata", 0, "survivalPercent"]` → `strata[0].survivalPercent`. */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out ? `.${String(key)}` : String(key)
  }
  return out || '(root)'
}

const ZH_TYPES: Record<string, string> = {
  number: '数字',
  string: '字符串',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  integer: '整数',
  int: '整数',
  undefined: '空值',
  null: 'null',
  nan: 'NaN',
  NaN: 'NaN',
  Infinity: '无穷大',
}
const zhType = (t: string | undefined) => (t ? (ZH_TYPES[t] ?? t) : '未知类型')

function zhMessage(issue: Issue): string {
  const n = (v: number | bigint | undefined) => String(v)
  switch (issue.code) {
    case 'invalid_type': {
      // zod puts the received type in the message only; read it from there when absent.
      const received = issue.received ?? /received (\w+)/.exec(issue.message)?.[1]
      if (issue.expected && issue.received === undefined && /received undefined/.test(issue.message)) return `缺少必填项（应为${zhType(issue.expected)}）`
      return `类型错误：应为${zhType(issue.expected)}${received ? `，实际为${zhType(received)}` : ''}`
    }
    case 'too_small':
      if (issue.origin === 'array') return `至少需要 ${n(issue.minimum)} 项`
      if (issue.origin === 'string') return `长度至少为 ${n(issue.minimum)} 个字符`
      return `数值过小：应${issue.inclusive ? '大于或等于' : '大于'} ${n(issue.minimum)}`
    case 'too_big':
      if (issue.origin === 'array') return `最多允许 ${n(issue.maximum)} 项`
      if (issue.origin === 'string') return `长度最多为 ${n(issue.maximum)} 个字符`
      return `数值过大：应${issue.inclusive ? '小于或等于' : '小于'} ${n(issue.maximum)}`
    case 'invalid_format':
      return `格式无效（应为 ${issue.format ?? '规定格式'}）`
    case 'not_multiple_of':
      return `应为 ${issue.divisor} 的整数倍`
    case 'invalid_value':
      return `取值无效，允许的值：${(issue.values ?? []).map((v) => JSON.stringify(v)).join('、')}`
    case 'invalid_union':
      return '输入不符合任何允许的形式'
    case 'invalid_key':
      return '键无效'
    case 'invalid_element':
      return '元素无效'
    default:
      return issue.params?.zh ?? issue.message
  }
}

/**
 * Turns zod issues into field errors in the user's language. English uses
 * zod's own message (or a custom refinement's); Chinese is translated from the
 * structured issue, and custom refinements carry their Chinese in `params.zh`.
 */
export function localizeIssues(issues: readonly unknown[], locale: Locale, pathPrefix = ''): FieldError[] {
  return (issues as Issue[]).flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') return unknownKeyErrors(issue, locale, pathPrefix)
    const message =
      locale === 'zh'
        ? issue.code === 'custom'
          ? (issue.params?.zh ?? issue.message)
          : zhMessage(issue)
        : issue.code === 'custom'
          ? (issue.params?.en ?? issue.message)
          : issue.message
    return { path: formatPath(issue.path, pathPrefix), code: issue.code, message }
  })
}

const MAX_KEYS_LISTED = 20

/**
 * One error per unknown key, at the key's own path (`params.uncertaintyPercnt`), with
 * the closest allowed key when one is near: a typo must not pass for a missing field.
 */
function unknownKeyErrors(issue: Issue, locale: Locale, pathPrefix: string): FieldError[] {
  const keys = issue.keys ?? []
  // A body can carry thousands of junk keys; naming the first few is enough, and
  // bounds the edit-distance work per request.
  const listed = keys.slice(0, MAX_KEYS_LISTED)
  const rest = keys.length - listed.length
  const summary: FieldError[] =
    rest > 0
      ? [{ path: formatPath(issue.path, pathPrefix), code: issue.code, message: locale === 'zh' ? `另有 ${rest} 个不允许的字段` : `${rest} more unrecognized key(s)` }]
      : []
  return listed.map((key) => {
    const suggestion = closestKey(key, issue.knownKeys ?? [])
    const message =
      locale === 'zh'
        ? `不允许的字段：${key}${suggestion ? `；是否想输入 ${suggestion}？` : ''}`
        : `Unrecognized key: "${key}"${suggestion ? `; did you mean ${suggestion}?` : ''}`
    return { path: formatPath([...issue.path, key], pathPrefix), code: issue.code, message }
  }).concat(summary)
}

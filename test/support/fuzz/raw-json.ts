/**
 * A number written into the JSON text verbatim: `1e999` parses to Infinity and
 * `123456789012345678901234567890` loses precision — values no JS number can
 * carry through JSON.stringify but any client can send.
 */
export class RawNumber {
  constructor(readonly text: string) {}
  toJSON(): string {
    return `${MARK}${this.text}${MARK}`
  }
}

const MARK = '\u0001raw\u0001'
const MARKED = /"\\u0001raw\\u0001([^"\\]+)\\u0001raw\\u0001"/g

export function toJsonText(value: unknown): string {
  const text = JSON.stringify(value)
  return text === undefined ? '' : text.replace(MARKED, '$1')
}

/** Nested arrays `depth` deep, built without recursion. */
export function deepArray(depth: number, leaf: unknown = 0): unknown {
  let v: unknown = leaf
  for (let i = 0; i < depth; i++) v = [v]
  return v
}

/** Nested objects `depth` deep under one key. */
export function deepObject(depth: number, key = 'a'): unknown {
  let v: unknown = {}
  for (let i = 0; i < depth; i++) v = { [key]: v }
  return v
}

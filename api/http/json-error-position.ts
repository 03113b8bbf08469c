/**
 * Finds where a JSON text stops being valid. Node 20's JSON.parse messages do
 * not always carry a position, and users need one to fix a hand-written body.
 * A small recursive-descent scanner over RFC 8259 grammar; returns null when the
 * text is valid.
 */
export function jsonErrorPosition(text: string): { position: number; line: number; column: number; reason: string } | null {
  let i = 0
  const fail = (reason: string): never => {
    throw Object.assign(new Error(reason), { position: i })
  }
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++
  }
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length
    else fail(`unexpected ${describe(i)}`)
  }
  const describe = (at: number) => (at >= text.length ? 'end of input' : `character ${JSON.stringify(text[at])}`)
  const string = () => {
    i++ // opening quote
    while (i < text.length) {
      const ch = text[i]!
      if (ch === '"') {
        i++
        return
      }
      if (ch === '\\') {
        const next = text[i + 1]
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('invalid \\u escape')
          i += 6
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2
        else fail('invalid escape sequence')
      } else if (ch < ' ') fail('control character in string')
      else i++
    }
    fail('unterminated string')
  }
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i))
    if (!m) fail(`unexpected ${describe(i)}`)
    i += m![0].length
  }
  const value = (depth: number): void => {
    if (depth > 512) fail('nesting too deep')
    ws()
    const ch = text[i]
    if (ch === '{') {
      i++
      ws()
      if (text[i] === '}') {
        i++
        return
      }
      for (;;) {
        ws()
        if (text[i] !== '"') fail(`expected a property name, found ${describe(i)}`)
        string()
        ws()
        if (text[i] !== ':') fail(`expected ":", found ${describe(i)}`)
        i++
        value(depth + 1)
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === '}') {
          i++
          return
        }
        fail(`expected "," or "}", found ${describe(i)}`)
      }
    } else if (ch === '[') {
      i++
      ws()
      if (text[i] === ']') {
        i++
        return
      }
      for (;;) {
        value(depth + 1)
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === ']') {
          i++
          return
        }
        fail(`expected "," or "]", found ${describe(i)}`)
      }
    } else if (ch === '"') string()
    else if (ch === 't') literal('true')
    else if (ch === 'f') literal('false')
    else if (ch === 'n') literal('null')
    else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) number()
    else fail(`unexpected ${describe(i)}`)
  }
  try {
    value(0)
    ws()
    if (i < text.length) fail(`unexpected ${describe(i)} after the JSON value`)
    return null
  } catch (err) {
    const position = (err as { position: number }).position
    const before = text.slice(0, position)
    const line = before.split('\n').length
    const column = position - before.lastIndexOf('\n')
    return { position, line, column, reason: (err as Error).message }
  }
}

import { describe, expect, it } from 'vitest'
import { StrayReadyFilter } from './extended-protocol-guard.ts'

const message = (type: string, body: number[] = []) => {
  const out = new Uint8Array(5 + body.length)
  out[0] = type.charCodeAt(0)
  new DataView(out.buffer).setInt32(1, 4 + body.length)
  out.set(body, 5)
  return out
}
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]))
const types = (bytes: Uint8Array) => {
  const out: string[] = []
  for (let at = 0; at < bytes.length; ) {
    out.push(String.fromCharCode(bytes[at]!))
    at += 1 + new DataView(bytes.buffer, bytes.byteOffset + at + 1, 4).getInt32(0)
  }
  return out
}

function run(chunks: Uint8Array[]): string[] {
  const forwarded: Uint8Array[] = []
  const filter = new StrayReadyFilter((b) => forwarded.push(b))
  for (const chunk of chunks) filter.push(chunk)
  filter.flush()
  return types(join(...forwarded))
}

describe('StrayReadyFilter', () => {
  const error = message('E', [83, 69, 82, 82, 79, 82, 0, 0])
  const ready = message('Z', [73])

  it('drops the ReadyForQuery that follows an ErrorResponse', () => {
    expect(run([join(error, ready)])).toEqual(['E'])
  })

  it('drops it also when ParameterStatus messages come between', () => {
    expect(run([join(error, message('S', [0, 0]), ready)])).toEqual(['E', 'S'])
  })

  it('keeps a ReadyForQuery that follows anything else', () => {
    expect(run([join(message('1'), message('2'), message('D', [0, 0]), message('C', [0]), ready)])).toEqual(['1', '2', 'D', 'C', 'Z'])
  })

  it('frames messages split across chunks at every byte position', () => {
    const bytes = join(message('1'), error, ready)
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(run([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(['1', 'E'])
    }
  })
})

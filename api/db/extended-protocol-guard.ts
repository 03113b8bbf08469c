import type { PGlite } from '@electric-sql/pglite'

const code = (letter: string) => letter.charCodeAt(0)

/** Extended-query messages that PostgreSQL answers without a ReadyForQuery of their own. */
const EXTENDED_MESSAGES = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map(code))
const ERROR_RESPONSE = code('E')
const READY_FOR_QUERY = code('Z')
/** Type byte + Int32 length: the smallest backend message header. */
const HEADER_BYTES = 5

type StreamOptions = Parameters<PGlite['execProtocolRawStream']>[1]

/**
 * PGlite (0.5.8, behind pglite-socket 0.2.11) runs each frontend message on its
 * own, and when a Parse/Bind/Describe/Execute fails it answers ErrorResponse
 * *plus* ReadyForQuery — then the Sync that follows brings a second
 * ReadyForQuery. PostgreSQL sends exactly one, at Sync. postgres.js pipelines
 * queries and pairs each ReadyForQuery with the next query in flight, so the
 * stray one completes the *next* query with no rows and every later answer on
 * that connection shifts by one: a duplicate-key INSERT that followed a failed
 * statement "succeeded". That breaks the ledger's settle-in-the-database rule,
 * so the socket server gets a PGlite whose extended-protocol answers are framed
 * and stripped of a ReadyForQuery that follows an ErrorResponse.
 * Simple queries ('Q') and Sync ('S') pass untouched: their ReadyForQuery is real.
 */
export function withPostgresExtendedProtocol(db: PGlite): PGlite {
  return new Proxy(db, {
    get(target, property) {
      if (property === 'execProtocolRawStream') {
        return (message: Uint8Array, options: StreamOptions) => {
          if (!EXTENDED_MESSAGES.has(message[0]!)) {
            return target.execProtocolRawStream(message, options)
          }
          const filter = new StrayReadyFilter(options.onRawData)
          return target
            .execProtocolRawStream(message, { ...options, onRawData: (chunk) => filter.push(chunk) })
            .finally(() => filter.flush())
        }
      }
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

/**
 * Reassembles backend messages across chunks (a message may be split between
 * two onRawData calls) and forwards whole messages, minus a ReadyForQuery that
 * comes after an ErrorResponse in the answer to one extended-protocol message.
 */
export class StrayReadyFilter {
  private pending = new Uint8Array(0)
  private sawError = false

  constructor(private readonly forward: (bytes: Uint8Array) => void) {}

  push(chunk: Uint8Array): void {
    const bytes = this.pending.length === 0 ? chunk : concat(this.pending, chunk)
    const kept: Uint8Array[] = []
    let offset = 0
    while (bytes.length - offset >= HEADER_BYTES) {
      const length = new DataView(bytes.buffer, bytes.byteOffset + offset + 1, 4).getInt32(0)
      const end = offset + 1 + length
      if (length < 4 || end > bytes.length) break
      const type = bytes[offset]!
      // PGlite may put ParameterStatus messages between the error and its ReadyForQuery.
      if (!(type === READY_FOR_QUERY && this.sawError)) kept.push(bytes.subarray(offset, end))
      if (type === ERROR_RESPONSE) this.sawError = true
      offset = end
    }
    // A corrupt length would stall the frame forever: forward the rest as it came.
    const rest = bytes.subarray(offset)
    if (rest.length >= HEADER_BYTES && new DataView(rest.buffer, rest.byteOffset + 1, 4).getInt32(0) < 4) {
      kept.push(rest)
      this.pending = new Uint8Array(0)
    } else {
      this.pending = rest.slice()
    }
    if (kept.length > 0) this.forward(kept.length === 1 ? kept[0]! : concat(...kept))
  }

  /** Whatever did not frame (never expected) still reaches the client. */
  flush(): void {
    if (this.pending.length > 0) this.forward(this.pending)
    this.pending = new Uint8Array(0)
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

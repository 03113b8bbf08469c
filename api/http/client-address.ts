import type { Context } from 'hono'

/**
 * The peer address of the TCP connection (from @hono/node-server's incoming
 * request). X-Forwarded-For is not trusted: a client could forge it to dodge
 * the login throttle. Requests built in tests have no socket.
 */
export function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
  return incoming?.socket?.remoteAddress ?? 'local'
}

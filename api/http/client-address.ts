import { BlockList, isIP } from 'node:net'
import type { Context } from 'hono'
import type { AppEnv } from '../app-env.ts'

/**
 * TRUST_PROXY names the reverse proxies in front of the API as addresses or
 * CIDR blocks (`10.0.0.0/8, 2001:db8::/32`, or `loopback`). A list rather than
 * a hop count: a count trusts whatever sits that many hops in and silently
 * trusts a forged hop when the topology changes; a list trusts only machines
 * the operator named. Empty (the default) trusts no one.
 */
export type TrustedProxies = readonly string[]

const LOOPBACK = ['127.0.0.0/8', '::1/128']

/** Parses TRUST_PROXY; an entry that is not an address or a CIDR block is an error, not ignored. */
export function parseTrustedProxies(text: string): { ok: true; value: string[] } | { ok: false; invalid: string } {
  const value: string[] = []
  for (const entry of text.split(',').map((e) => e.trim()).filter(Boolean)) {
    if (entry.toLowerCase() === 'loopback') {
      value.push(...LOOPBACK)
      continue
    }
    const [ip = '', prefix, extra] = entry.split('/')
    const family = isIP(ip)
    const bits = family === 4 ? 32 : 128
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits)
    if (!family || !prefixOk || extra !== undefined) return { ok: false, invalid: entry }
    value.push(`${ip}/${prefix ?? bits}`)
  }
  return { ok: true, value }
}

const matchers = new WeakMap<TrustedProxies, BlockList>()

function matcher(trusted: TrustedProxies): BlockList {
  let list = matchers.get(trusted)
  if (!list) {
    list = new BlockList()
    for (const cidr of trusted) {
      const [ip, prefix] = cidr.split('/') as [string, string]
      list.addSubnet(ip, Number(prefix), isIP(ip) === 4 ? 'ipv4' : 'ipv6')
    }
    matchers.set(trusted, list)
  }
  return list
}

/** `::ffff:10.0.0.1` (a dual-stack socket's IPv4 peer) → `10.0.0.1`; `1.2.3.4:80` and `[::1]:80` lose the port. */
function normalise(address: string): string {
  let a = address.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a)
  if (bracketed) a = bracketed[1]!
  else if (/^[\d.]+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'))
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a)
  return mapped ? mapped[1]! : a
}

function isTrusted(address: string, trusted: TrustedProxies): boolean {
  const family = isIP(address)
  return family !== 0 && matcher(trusted).check(address, family === 4 ? 'ipv4' : 'ipv6')
}

/**
 * The client's address: the TCP peer, unless the peer is a trusted proxy; then
 * X-Forwarded-For is read from the right (each proxy appends the address it
 * saw), skipping trusted proxies, and the first address not trusted is the
 * client. Entries left of it were written by the client and are ignored, so a
 * forged header cannot dodge the login throttle. An entry that is not an
 * address stops the walk at the last address a trusted proxy vouched for.
 *
 * @param peer the socket's remote address ('local' when there is no socket)
 */
export function resolveClientAddress(peer: string, forwardedFor: string | undefined, trusted: TrustedProxies): string {
  let address = normalise(peer)
  if (!trusted.length || !isTrusted(address, trusted) || !forwardedFor) return address
  const hops = forwardedFor.split(',')
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalise(hops[i]!)
    if (!isIP(hop)) return address
    address = hop
    if (!isTrusted(address, trusted)) return address
  }
  return address
}

/** The client address of a request (from @hono/node-server's socket; requests built in tests have none). */
export function clientAddress(c: Context<AppEnv>): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
  const peer = incoming?.socket?.remoteAddress ?? 'local'
  return resolveClientAddress(peer, c.req.header('x-forwarded-for'), c.var.services.config.trustProxy)
}

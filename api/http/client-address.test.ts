import { describe, expect, it } from 'vitest'
import { parseTrustedProxies, resolveClientAddress } from './client-address.ts'

const trusted = (text: string) => {
  const parsed = parseTrustedProxies(text)
  if (!parsed.ok) throw new Error(parsed.invalid)
  return parsed.value
}

describe('resolveClientAddress', () => {
  it('without trusted proxies the TCP peer is the client and X-Forwarded-For is ignored', () => {
    expect(resolveClientAddress('203.0.113.9', '198.51.100.1', [])).toBe('203.0.113.9')
  })

  it('behind a trusted proxy the last address it appended is the client', () => {
    expect(resolveClientAddress('10.0.0.2', '198.51.100.1', trusted('10.0.0.0/8'))).toBe('198.51.100.1')
  })

  it('a forged entry left of what the proxy appended is ignored', () => {
    expect(resolveClientAddress('10.0.0.2', '1.1.1.1, 198.51.100.1', trusted('10.0.0.0/8'))).toBe('198.51.100.1')
  })

  it('a chain of trusted proxies is walked from the right to the first untrusted address', () => {
    expect(resolveClientAddress('10.0.0.2', '1.1.1.1, 198.51.100.1, 10.0.5.5, 10.0.0.9', trusted('10.0.0.0/8'))).toBe('198.51.100.1')
  })

  it('a peer that is not a trusted proxy cannot set the address', () => {
    expect(resolveClientAddress('203.0.113.9', '198.51.100.1', trusted('10.0.0.0/8'))).toBe('203.0.113.9')
  })

  it('a dual-stack peer (::ffff:a.b.c.d) matches an IPv4 block; IPv6 blocks and bracketed ports work', () => {
    expect(resolveClientAddress('::ffff:127.0.0.1', '198.51.100.1', trusted('loopback'))).toBe('198.51.100.1')
    expect(resolveClientAddress('2001:db8::7', '[2001:db8:1::5]:4711', trusted('2001:db8::/64'))).toBe('2001:db8:1::5')
    expect(resolveClientAddress('10.0.0.2', '198.51.100.1:5555', trusted('10.0.0.2'))).toBe('198.51.100.1')
  })

  it('garbage in the header stops at the last address a trusted proxy vouched for', () => {
    expect(resolveClientAddress('10.0.0.2', 'evil, not-an-ip', trusted('10.0.0.0/8'))).toBe('10.0.0.2')
    expect(resolveClientAddress('10.0.0.2', '', trusted('10.0.0.0/8'))).toBe('10.0.0.2')
  })

  it('when every hop is a trusted proxy the leftmost is the client', () => {
    expect(resolveClientAddress('10.0.0.2', '10.0.0.3, 10.0.0.4', trusted('10.0.0.0/8'))).toBe('10.0.0.3')
  })

  it('a request without a socket stays "local"', () => {
    expect(resolveClientAddress('local', '198.51.100.1', trusted('10.0.0.0/8'))).toBe('local')
  })
})

describe('parseTrustedProxies', () => {
  it('takes addresses, CIDR blocks and loopback; empty is none', () => {
    expect(trusted('')).toEqual([])
    expect(trusted(' 10.0.0.1 , 192.168.0.0/16,2001:db8::/32')).toEqual(['10.0.0.1/32', '192.168.0.0/16', '2001:db8::/32'])
    expect(trusted('loopback')).toEqual(['127.0.0.0/8', '::1/128'])
  })

  it('names the entry that is neither an address nor a block', () => {
    expect(parseTrustedProxies('10.0.0.1, proxy.internal')).toEqual({ ok: false, invalid: 'proxy.internal' })
    expect(parseTrustedProxies('10.0.0.0/33')).toEqual({ ok: false, invalid: '10.0.0.0/33' })
    expect(parseTrustedProxies('1')).toEqual({ ok: false, invalid: '1' })
  })
})

import { describe, expect, it } from 'vitest'
import { jpegBytes, pdfBytes, pngBytes, webpBytes, zipBytes } from '../../test/fixtures/documents/files.ts'
import { declaredTypeAgrees, sniffMediaType } from './media-type.ts'

describe('sniffMediaType', () => {
  it('recognises each accepted signature', () => {
    expect(sniffMediaType(pdfBytes())).toBe('application/pdf')
    expect(sniffMediaType(pngBytes())).toBe('image/png')
    expect(sniffMediaType(jpegBytes())).toBe('image/jpeg')
    expect(sniffMediaType(webpBytes())).toBe('image/webp')
    expect(sniffMediaType(zipBytes())).toBe('application/zip')
    // The 22-byte end record of an empty archive.
    expect(sniffMediaType(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]))).toBe('application/zip')
  })

  it('refuses everything else, including truncated signatures and RIFF that is not WebP', () => {
    expect(sniffMediaType(new Uint8Array())).toBeNull()
    expect(sniffMediaType(new TextEncoder().encode('<html><script>alert(1)</script>'))).toBeNull()
    expect(sniffMediaType(new TextEncoder().encode('%PDF'))).toBeNull()
    expect(sniffMediaType(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull()
    expect(sniffMediaType(new TextEncoder().encode('RIFF\0\0\0\0WAVEfmt '))).toBeNull()
  })
})

describe('declaredTypeAgrees', () => {
  it('accepts the type and its common aliases, case and parameters ignored', () => {
    expect(declaredTypeAgrees('application/pdf', 'a.pdf', 'application/pdf')).toBe(true)
    expect(declaredTypeAgrees('Application/PDF; charset=binary', 'a', 'application/pdf')).toBe(true)
    expect(declaredTypeAgrees('application/x-zip-compressed', 'a.zip', 'application/zip')).toBe(true)
    expect(declaredTypeAgrees('image/jpg', 'a.jpeg', 'image/jpeg')).toBe(true)
  })

  it('refuses another specific type even if the extension agrees', () => {
    expect(declaredTypeAgrees('application/pdf', 'photo.png', 'image/png')).toBe(false)
    expect(declaredTypeAgrees('text/html', 'a.pdf', 'application/pdf')).toBe(false)
  })

  it('a generic declaration needs the matching extension', () => {
    expect(declaredTypeAgrees('application/octet-stream', 'scan.PNG', 'image/png')).toBe(true)
    expect(declaredTypeAgrees('', 'deed.pdf', 'application/pdf')).toBe(true)
    expect(declaredTypeAgrees('application/octet-stream', 'deed.pdf', 'image/png')).toBe(false)
    expect(declaredTypeAgrees('application/octet-stream', 'noextension', 'image/png')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { attachmentDisposition } from './content-disposition.ts'

describe('attachmentDisposition', () => {
  it('keeps a plain ASCII name and repeats it exactly as filename*', () => {
    expect(attachmentDisposition('deed-2026.pdf')).toBe(`attachment; filename="deed-2026.pdf"; filename*=UTF-8''deed-2026.pdf`)
  })

  it('a Chinese name: underscores in the fallback, percent-encoded UTF-8 in filename*', () => {
    // 海 = U+6D77 = E6 B5 B7 in UTF-8; 域 = U+57DF = E5 9F 9F.
    expect(attachmentDisposition('海域.pdf')).toBe(`attachment; filename="__.pdf"; filename*=UTF-8''%E6%B5%B7%E5%9F%9F.pdf`)
  })

  it('quotes, backslashes, CR/LF, semicolons and slashes cannot break out of the header value', () => {
    const header = attachmentDisposition('a"b\\c\r\nX-Evil: 1;/../d.pdf')
    expect(header).toBe(`attachment; filename="a_b_c__X-Evil_ 1__.._d.pdf"; filename*=UTF-8''a%22b%5Cc%0D%0AX-Evil%3A%201%3B%2F..%2Fd.pdf`)
    expect(header).not.toMatch(/[\r\n]/)
  })

  it('a name of only dots or spaces falls back to "document"', () => {
    expect(attachmentDisposition('..')).toMatch(/^attachment; filename="document";/)
  })
})

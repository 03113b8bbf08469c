import { describe, expect, it } from 'vitest'
import { escapeHtml, html, isWebUrl } from './html.ts'

describe('html template', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const name = `<script>alert("x")</script> & 'quoted'`
    const out = html`<p title="${name}">${name}</p>`.value
    expect(out).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;</p>',
    )
    expect(out).not.toContain('<script>')
  })

  it('inserts nested fragments and arrays as markup, skips null/undefined/false', () => {
    const rows = ['a<b', 'c'].map((t) => html`<li>${t}</li>`)
    expect(html`<ul>${rows}${null}${undefined}${false}</ul>`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul>')
    expect(html`${0}`.value).toBe('0')
  })

  it('escapes the five HTML-significant characters only', () => {
    expect(escapeHtml(`&<>"'高桥`)).toBe('&amp;&lt;&gt;&quot;&#39;高桥')
  })

  it('accepts only http(s) URLs as links', () => {
    expect(isWebUrl('https://example.org/a?b=1')).toBe(true)
    expect(isWebUrl('javascript:alert(1)')).toBe(false)
    expect(isWebUrl('https://x" onmouseover="y')).toBe(false)
    expect(isWebUrl(undefined)).toBe(false)
  })
})

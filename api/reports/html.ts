/**
 * Markup that is already safe to emit. Only `html` and `trustedMarkup` make one, so
 * every interpolated value is escaped unless it was itself built by them.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!)
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  if (value === null || value === undefined || value === false) return ''
  return escapeHtml(String(value))
}

/**
 * Tagged template for HTML and SVG: interpolations are escaped (user strings such as
 * site names can never inject markup); nested `html` fragments and arrays of them
 * are inserted as they are; null, undefined and false render nothing.
 *
 * @example html`<td>${'<b>'}</td>`.value // '<td>&lt;b&gt;</td>'
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? ''
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '')
  })
  return new SafeHtml(out)
}

/** Wraps markup the code generated itself (no user text in it). */
export function trustedMarkup(markup: string): SafeHtml {
  return new SafeHtml(markup)
}

/** A URL safe to put in href: http(s) only, so a stored `javascript:` string stays text. */
export function isWebUrl(url: string | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/[^\s"'<>]+$/i.test(url)
}

/**
 * `attachment` with the original name, safe for any header parser: an ASCII
 * fallback (`filename`, unsafe characters as `_`) and the exact UTF-8 name as
 * RFC 6266 / RFC 8187 `filename*`. Quotes, backslashes, control characters and
 * path separators never reach the quoted form, so a name cannot inject a header
 * parameter or a path.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._ -]/g, '_').replace(/^[.\s]+/, '').slice(0, 150) || 'document'
  const encoded = encodeURIComponent(fileName.slice(0, 255)).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

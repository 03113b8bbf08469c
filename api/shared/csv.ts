/**
 * One RFC 4180 CSV field. Text that a spreadsheet would run as a formula
 * (leading = + - @, tab or CR: OWASP "CSV injection") gets a leading
 * apostrophe; numbers pass unchanged.
 */
export function csvField(value: string | number | null, options: { text?: boolean } = {}): string {
  if (value === null) return ''
  let s = String(value)
  if (options.text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function csvRow(fields: string[]): string {
  return `${fields.join(',')}\r\n`
}

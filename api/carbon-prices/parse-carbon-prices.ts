import { z } from 'zod'
import { CARBON_PRICE_SERIES } from '../../methodologies/gep/carbon-price.ts'

/** The exact header of carbon-prices.csv (README.md describes each column). */
export const CARBON_PRICE_COLUMNS = [
  'series',
  'period_start',
  'period_end',
  'statistic',
  'price_cny_per_tco2e',
  'volume_t',
  'source_url',
  'note',
] as const

export const CARBON_PRICE_STATISTICS = ['average', 'close', 'high', 'low', 'deal'] as const

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((s) => {
    // A real calendar day: 2024-02-30 round-trips to a different date.
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, 'not a calendar date')

/**
 * One row. Prices and volumes stay decimal strings (the ledger and `numeric`
 * columns never go through a float); empty volume becomes null.
 */
export const carbonPriceRowSchema = z
  .object({
    series: z.enum(CARBON_PRICE_SERIES),
    period_start: isoDate,
    period_end: isoDate,
    statistic: z.enum(CARBON_PRICE_STATISTICS),
    price_cny_per_tco2e: z
      .string()
      .regex(/^(0|[1-9]\d*)(\.\d{1,2})?$/, 'expected a positive decimal with at most 2 decimals')
      .refine((s) => /[1-9]/.test(s), 'price must be above zero'),
    volume_t: z
      .string()
      .regex(/^((0|[1-9]\d*)(\.\d+)?)?$/, 'expected an empty cell or a non-negative decimal')
      .transform((s) => (s === '' ? null : s)),
    source_url: z.string().regex(/^https?:\/\/\S+$/, 'expected an http(s) URL'),
    note: z.string(),
  })
  .superRefine((row, ctx) => {
    if (row.period_end < row.period_start) {
      ctx.addIssue({ code: 'custom', path: ['period_end'], message: 'period_end is before period_start' })
    }
    // House rule: a computed value says so, with its inputs, as "derived: <inputs>".
    if (/derived/i.test(row.note) && !/(^|\W)derived: \S/.test(row.note)) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'a derived value must be noted as "derived: <inputs>"' })
    }
  })
export type CarbonPriceRow = z.output<typeof carbonPriceRowSchema>

export type RowError = { line: number; column?: string; message: string }
export type ParseResult = { ok: true; rows: CarbonPriceRow[] } | { ok: false; errors: RowError[] }

/**
 * Splits CSV text into records (RFC 4180: quoted fields, "" escapes, CRLF or LF).
 * Returns each record with the line it starts on.
 */
function splitCsv(text: string): { records: { line: number; fields: string[] }[]; error?: RowError } {
  const records: { line: number; fields: string[] }[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let recordLine = 1
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else {
        if (ch === '\n') line++
        field += ch
      }
    } else if (ch === '"' && field === '') quoted = true
    else if (ch === ',') {
      fields.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      fields.push(field)
      records.push({ line: recordLine, fields })
      fields = []
      field = ''
      line++
      recordLine = line
    } else field += ch
  }
  if (quoted) return { records, error: { line: recordLine, message: 'unterminated quoted field' } }
  if (field !== '' || fields.length > 0) {
    fields.push(field)
    records.push({ line: recordLine, fields })
  }
  // Blank lines (e.g. a trailing newline) carry no record.
  return { records: records.filter((r) => !(r.fields.length === 1 && r.fields[0] === '')) }
}

/**
 * Parses and validates the reference carbon-price CSV. Pure: text in, rows or errors out.
 *
 * @param text contents of seeds/prices/carbon-prices.csv
 * @returns all rows, or every row error found (line numbers are 1-based, header = 1)
 */
export function parseCarbonPrices(text: string): ParseResult {
  const { records, error } = splitCsv(text)
  if (error) return { ok: false, errors: [error] }
  const [header, ...body] = records
  if (!header || header.fields.join(',') !== CARBON_PRICE_COLUMNS.join(',')) {
    return { ok: false, errors: [{ line: 1, message: `header must be exactly: ${CARBON_PRICE_COLUMNS.join(',')}` }] }
  }
  const errors: RowError[] = []
  const rows: CarbonPriceRow[] = []
  const seen = new Map<string, number>()
  for (const record of body) {
    if (record.fields.length !== CARBON_PRICE_COLUMNS.length) {
      errors.push({ line: record.line, message: `expected ${CARBON_PRICE_COLUMNS.length} fields, found ${record.fields.length}` })
      continue
    }
    const raw = Object.fromEntries(CARBON_PRICE_COLUMNS.map((c, i) => [c, record.fields[i] ?? '']))
    const parsed = carbonPriceRowSchema.safeParse(raw)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({ line: record.line, column: String(issue.path[0] ?? ''), message: issue.message })
      }
      continue
    }
    // One value per series, period and statistic, so a seeded series resolves to one number.
    const key = [parsed.data.series, parsed.data.period_start, parsed.data.period_end, parsed.data.statistic].join('|')
    const first = seen.get(key)
    if (first !== undefined) {
      errors.push({ line: record.line, message: `duplicates line ${first} (same series, period and statistic)` })
      continue
    }
    seen.set(key, record.line)
    rows.push(parsed.data)
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows }
}

/**
 * Serial numbers of a block of credits, one serial per tCO2e:
 *
 *   CN-BC-<project code>-<vintage>-<first serial>-<last serial>
 *
 * e.g. `CN-BC-P000012-2025-1001-1500` is 500 credits of vintage 2025 of the
 * project with registry code P000012. The CCER (2023) format was not found
 * (market-registry.md §5, §2.5); the shape follows the block style of the UNDP
 * National Carbon Registry v2 (`…-<blockStart>-<blockEnd>-<vintage>`) and
 * ERS (`ERS-…-<block start>-<block end>`), with country (ISO alpha-2) and
 * programme ("BC", blue carbon) first as Verra and ERS put them. Serials are
 * global integers, unique across projects, never reused; a split keeps the
 * prefix and cuts the range.
 */
const SERIAL_PATTERN = /^CN-BC-(P\d{6,12})-(\d{4})-(\d{1,15})-(\d{1,15})$/
/** A single unit: the block form with one number, `CN-BC-P000012-2025-1001`. */
const UNIT_PATTERN = /^CN-BC-(P\d{6,12})-(\d{4})-(\d{1,15})$/

export type SerialRange = { projectCode: string; vintage: number; firstSerial: number; lastSerial: number }

/** Formats a block's serial range; throws on a range that cannot exist (programmer error). */
export function formatSerialRange(r: SerialRange): string {
  if (!Number.isSafeInteger(r.firstSerial) || !Number.isSafeInteger(r.lastSerial) || r.firstSerial < 1 || r.lastSerial < r.firstSerial) {
    throw new Error(`invalid serial range ${r.firstSerial}-${r.lastSerial}`)
  }
  return `CN-BC-${r.projectCode}-${r.vintage}-${r.firstSerial}-${r.lastSerial}`
}

/**
 * Parses a block serial (`…-<first>-<last>`) or a single unit's serial
 * (`…-<n>`, read as first = last = n). Returns null for anything else,
 * including ranges whose last serial is below the first.
 */
export function parseSerial(text: string): SerialRange | null {
  const block = SERIAL_PATTERN.exec(text)
  const unit = block ? null : UNIT_PATTERN.exec(text)
  const m = block ?? unit
  if (!m) return null
  const firstSerial = Number(m[3])
  const lastSerial = block ? Number(m[4]) : firstSerial
  if (firstSerial < 1 || lastSerial < firstSerial || !Number.isSafeInteger(lastSerial)) return null
  return { projectCode: m[1]!, vintage: Number(m[2]), firstSerial, lastSerial }
}

/** Number of credits in a range, both ends included. */
export function rangeQuantityTco2e(r: { firstSerial: number; lastSerial: number }): number {
  return r.lastSerial - r.firstSerial + 1
}

/** The registry code of the n-th project to receive an issuance (P000001, P000002, …). */
export function projectRegistryCode(sequence: number): string {
  return `P${String(sequence).padStart(6, '0')}`
}

import { describe, expect, it } from 'vitest'
import { formatSerialRange, parseSerial, projectRegistryCode, rangeQuantityTco2e } from './serial-format.ts'

describe('serial format CN-BC-<project code>-<vintage>-<first>-<last>', () => {
  it('formats and parses a block back to the same range', () => {
    const r = { projectCode: 'P000012', vintage: 2025, firstSerial: 1001, lastSerial: 1500 }
    expect(formatSerialRange(r)).toBe('CN-BC-P000012-2025-1001-1500')
    expect(parseSerial('CN-BC-P000012-2025-1001-1500')).toEqual(r)
    expect(rangeQuantityTco2e(r)).toBe(500)
  })

  it('reads a single unit serial as a one-credit range', () => {
    expect(parseSerial('CN-BC-P000003-2024-77')).toEqual({ projectCode: 'P000003', vintage: 2024, firstSerial: 77, lastSerial: 77 })
  })

  it.each([
    'CN-BC-P000012-2025-1500-1001', // last below first
    'CN-BC-P000012-2025-0-5', // serials start at 1
    'CN-BC-P12-2025-1-5', // code too short
    'CN-BC-P000012-25-1-5', // two-digit vintage
    'cn-bc-P000012-2025-1-5',
    'CN-BC-P000012-2025-1-5-9',
    'CN-BC-P000012-2025-1-9999999999999999', // beyond 2^53
    ' CN-BC-P000012-2025-1-5',
    '',
  ])('refuses %j', (text) => {
    expect(parseSerial(text)).toBeNull()
  })

  it('refuses to format an impossible range', () => {
    expect(() => formatSerialRange({ projectCode: 'P000001', vintage: 2025, firstSerial: 5, lastSerial: 4 })).toThrow()
  })

  it('pads project codes to six digits', () => {
    expect(projectRegistryCode(1)).toBe('P000001')
    expect(projectRegistryCode(1234567)).toBe('P1234567')
  })
})

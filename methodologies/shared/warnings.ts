import type { AreaBasedResult } from '../types.ts'

export type Warning = AreaBasedResult['warnings'][number]

export function warning(code: string, en: string, zh: string): Warning {
  return { code, message: { en, zh } }
}

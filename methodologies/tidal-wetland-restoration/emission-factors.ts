import { cite, SOURCES } from '../shared/citations.ts'
import type { Citation } from '../types.ts'

export const SALINITY_CLASSES = ['at-least-20-ppt', '18-to-20-ppt', '5-to-18-ppt', 'below-5-ppt'] as const
export type SalinityClass = (typeof SALINITY_CLASSES)[number]

type Factor = { value: number; source: Citation }

/**
 * VM0033 CH4 defaults, t CH4/ha/yr. Eq. 61 (≥ 20 ppt) and Eq. 60 (> 18 ppt);
 * below 18 ppt VM0033 gives no default (the IPCC freshwater factor was not
 * found), so the value becomes a required input.
 */
export const CH4_DEFAULTS: Partial<Record<SalinityClass, Factor>> = {
  'at-least-20-ppt': { value: 0.0056, source: cite(SOURCES.S6, 'Eq. 61 (salinity ≥ 20 ppt)') },
  '18-to-20-ppt': { value: 0.011, source: cite(SOURCES.S6, 'Eq. 60 (salinity > 18 ppt)') },
}

/** VM0033 N2O defaults for non-seagrass wetlands, t N2O/ha/yr (Eqs. 66–68). */
export const N2O_MARSH: Record<SalinityClass, Factor> = {
  'at-least-20-ppt': { value: 0.000487, source: cite(SOURCES.S6, 'Eq. 66 (> 18 ppt)') },
  '18-to-20-ppt': { value: 0.000487, source: cite(SOURCES.S6, 'Eq. 66 (> 18 ppt)') },
  '5-to-18-ppt': { value: 0.000754, source: cite(SOURCES.S6, 'Eq. 67 (5–18 ppt)') },
  'below-5-ppt': { value: 0.000864, source: cite(SOURCES.S6, 'Eq. 68 (other)') },
}

/** Soil carbon accumulation defaults, t C/ha/yr. */
export const SOIL_RATES = {
  /** Tidal marsh and mangrove only; cover-scaled; allochthonous deduction required (§8.1.4.2.3). */
  'vm0033-eq33': { value: 1.46, source: cite(SOURCES.S6, 'Eq. 33, fn 9 (median of Chmura et al. 2003)') },
  /** Seagrass only: §8.1.4.2.3 allows IPCC factors "except for tidal marsh and mangrove systems". */
  'ipcc-seagrass': { value: 0.43, source: cite(SOURCES.S15, 'Table 1 (IPCC Wetlands Supplement seagrass)') },
} as const

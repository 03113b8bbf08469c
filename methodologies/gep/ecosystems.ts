import { z } from 'zod'
import type { Bilingual } from '../types.ts'

/**
 * Ecosystems the GEP model values. Coastal ones follow the marine GEP framework
 * (Li et al. 2024); forest follows the terrestrial indicator system (甘孜 GEP, Table 2).
 */
export const ECOSYSTEMS = ['mangrove', 'salt-marsh', 'seagrass', 'forest', 'mariculture'] as const
export const ecosystemSchema = z.enum(ECOSYSTEMS)
export type Ecosystem = z.infer<typeof ecosystemSchema>

export const ECOSYSTEM_NAMES: Record<Ecosystem, Bilingual> = {
  mangrove: { en: 'Mangrove', zh: '红树林' },
  'salt-marsh': { en: 'Salt marsh', zh: '滨海盐沼' },
  seagrass: { en: 'Seagrass bed', zh: '海草床' },
  forest: { en: 'Forest', zh: '森林' },
  mariculture: { en: 'Mariculture (seaweed, shellfish)', zh: '海水养殖（藻类、贝类）' },
}

/** Ecosystems whose carbon is fixed by photosynthesis, so O2 release follows from CO2 uptake. */
export const PHOTOSYNTHETIC_ECOSYSTEMS: readonly Ecosystem[] = ['mangrove', 'salt-marsh', 'seagrass', 'forest']

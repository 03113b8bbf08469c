import { z } from 'zod'

/**
 * Ecosystems the GEP model values. Coastal ones follow the marine GEP framework
 * (Li et al. 2024); forest follows the terrestrial indicator system (甘孜 GEP, Table 2).
 */
export const ECOSYSTEMS = ['mangrove', 'salt-marsh', 'seagrass', 'forest', 'mariculture'] as const
export const ecosystemSchema = z.enum(ECOSYSTEMS)
export type Ecosystem = z.infer<typeof ecosystemSchema>

/** Ecosystems whose carbon is fixed by photosynthesis, so O2 release follows from CO2 uptake. */
export const PHOTOSYNTHETIC_ECOSYSTEMS: readonly Ecosystem[] = ['mangrove', 'salt-marsh', 'seagrass', 'forest']

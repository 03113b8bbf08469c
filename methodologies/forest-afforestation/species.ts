import { cite, SOURCES } from '../shared/citations.ts'
import type { Citation } from '../types.ts'

/** Species-group ids are public API (issue 4). */
export const FOREST_SPECIES = ['eucalyptus', 'chinese-fir', 'masson-pine', 'mixed-broadleaf'] as const
export type ForestSpecies = (typeof FOREST_SPECIES)[number]

type Sourced = { value: number; source: Citation }

type ForestSpeciesRecord = {
  latin: string
  zh: string
  /** Mean annual stem volume increment over bark, m³/ha/yr, only where a source gives one. */
  stemVolumeIncrement?: Sourced
  /** Basic wood density D_j, t d.m./m³, only where a source gives one. */
  woodDensity?: Sourced
  /** Age after which the default stem volume is held (years), only where a source bounds the default growth. */
  holdAfterAge?: Sourced
}

/**
 * The default species for a site drawn without strata. Zhanjiang (the first
 * deployment) has 169,611.1 ha of eucalyptus out of 304,716 ha of forestry
 * land, about 56 % (our division); the Guangdong forestry journal names
 * eucalyptus the main short-rotation industrial plantation species.
 */
export const DEFAULT_FOREST_SPECIES: ForestSpecies = 'eucalyptus'

export const DEFAULT_FOREST_SPECIES_SOURCE: Citation = cite(
  SOURCES.ZHANJIANG_FORESTRY,
  'eucalyptus 169,611.1 ha of 304,716 ha forestry land in Zhanjiang (≈56 %, our division); see also 广东林业科技 2003(3):45 abstract',
  'inferred',
)

/**
 * Only eucalyptus has citable South China defaults. For Chinese fir, Masson
 * pine and mixed broadleaf no growth or density figure could be read (the
 * CCER-14-001 species table, the provincial GHG-inventory guideline table and
 * IPCC Tables 4.10/4.14 were not retrievable), so both stay required inputs.
 *
 * Growth: the national-inventory range for first-rotation plantings on newly
 * planted land is 9.32–10.88 m³/ha/yr (all stands: 4.14–8.57); an
 * afforestation site is by definition newly planted land, and we take the
 * lower end of that range.
 */
export const FOREST_SPECIES_RECORDS: Record<ForestSpecies, ForestSpeciesRecord> = {
  eucalyptus: {
    latin: 'Eucalyptus spp.',
    zh: '桉树',
    stemVolumeIncrement: {
      value: 9.32,
      source: cite(
        SOURCES.EUCALYPTUS_NFI_GROWTH,
        'abstract: 9.32–10.88 m³/ha/yr on newly planted land (all inventories 4.14–8.57); lower end taken (our choice)',
      ),
    },
    // No sourced yield curve for South China eucalyptus was found, so the growth
    // stays linear, but only over one pulpwood rotation: past it the stand is
    // either harvested (the stock falls) or outside any observed range.
    holdAfterAge: {
      value: 7,
      source: cite(SOURCES.EUCALYPTUS_ROTATION, 'abstract: pulpwood rotations 5–7 years (upper end taken: our choice)', 'secondary'),
    },
    woodDensity: {
      value: 0.474,
      source: cite(SOURCES.EUCALYPTUS_WOOD_DENSITY, 'abstract: mean basic density 474 kg/m³, 20 hybrid clones aged 5½ yr, 4 sites in coastal south-west China'),
    },
  },
  'chinese-fir': { latin: 'Cunninghamia lanceolata', zh: '杉木' },
  'masson-pine': { latin: 'Pinus massoniana', zh: '马尾松' },
  'mixed-broadleaf': { latin: 'mixed broadleaf species', zh: '阔叶混交林' },
}

import { defaultedQuantity, quantity } from '../fields.ts'
import type { Citation } from '../types.ts'
import { assumption } from './citations.ts'

/** The longest crediting period any estimate accepts (issue 4: more than 200 years is refused). */
export const MAX_CREDITING_YEARS = 200

/** Site area; a user number, so it has no default and no source. */
export const areaHaField = quantity({
  unit: 'ha',
  about: { en: 'Project area', zh: '项目面积' },
  min: 0,
  exclusiveMin: true,
  max: 10_000_000,
})

export const startYearField = quantity({
  unit: 'year',
  about: { en: 'First year of the crediting period', zh: '计入期起始年份' },
  int: true,
  min: 1990,
  max: 2200,
})

export const creditingYearsField = quantity({
  unit: 'years',
  about: { en: 'Length of the crediting period', zh: '计入期长度' },
  int: true,
  min: 1,
  max: MAX_CREDITING_YEARS,
})

/**
 * Leakage as a share of the project's net stock change. Expressing it as a
 * share is our simplification so every methodology can show it the same way;
 * each methodology cites its own leakage rule as the source of the 0 default.
 */
export function leakagePercentField(source: Citation) {
  return defaultedQuantity({
    unit: 'percent',
    about: {
      en: 'Leakage as a share of net project removals (0 when no activity is displaced)',
      zh: '泄漏量占项目净清除量的比例（无活动转移时为 0）',
    },
    default: 0,
    min: 0,
    max: 100,
    source,
  })
}

/** Fields shared by every area-based estimate: `{ areaHa, startYear, creditingYears }` is the minimal input. */
export const creditingShape = {
  areaHa: areaHaField,
  startYear: startYearField,
  creditingYears: creditingYearsField,
}

/** Project emissions per hectare where a methodology treats them as a simple yearly input. */
export function projectEmissionsField(source: Citation) {
  return defaultedQuantity({
    unit: 'tCO2e/ha/yr',
    about: {
      en: 'Project emissions (e.g. biomass burning, fuel) per hectare per year',
      zh: '项目排放（如生物质燃烧、燃料）每公顷每年',
    },
    default: 0,
    min: 0,
    max: 1000,
    source,
  })
}

export const baselineRemovalsField = defaultedQuantity({
  unit: 'tCO2e/ha/yr',
  about: { en: 'Baseline removals per hectare per year', zh: '基线情景下每公顷每年的清除量' },
  default: 0,
  min: 0,
  max: 1000,
  source: assumption('Baseline removals taken as zero on bare or degraded land', 'AR-TOOL14 para 12(d); methodologies.md §10 A3'),
})

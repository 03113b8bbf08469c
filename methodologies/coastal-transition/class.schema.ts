import { z } from 'zod'
import { quantity } from '../fields.ts'

/*
 * One row of InVEST's biophysical table (one land-cover class), with the
 * column names in camelCase. Stocks and accumulation rates have no sourced
 * defaults anywhere in InVEST (invest-cbc.md §1c), so every number here is
 * required. Upper bounds are sanity limits that turn absurd input into a 400,
 * not data.
 */

/** Sanity bound: the most carbon-dense mangrove soils hold a few thousand tCO2e/ha. */
const MAX_STOCK_TCO2E_PER_HA = 100_000
const MAX_RATE_TCO2E_PER_HA_YR = 10_000
const MAX_HALF_LIFE_YEARS = 10_000

function stock(pool: { en: string; zh: string }) {
  return quantity({
    unit: 'tCO2e/ha',
    min: 0,
    max: MAX_STOCK_TCO2E_PER_HA,
    about: {
      en: `Initial ${pool.en} carbon stock of this class at the baseline year (InVEST ${pool.en}-initial).`,
      zh: `本类别在基准年的${pool.zh}碳储量初始值（InVEST ${pool.en}-initial）。`,
    },
  })
}

function accumulation(pool: { en: string; zh: string }, note: { en: string; zh: string }) {
  return quantity({
    unit: 'tCO2e/ha/yr',
    min: -MAX_RATE_TCO2E_PER_HA_YR,
    max: MAX_RATE_TCO2E_PER_HA_YR,
    about: {
      en: `Yearly ${pool.en} carbon accumulation of this class (InVEST ${pool.en}-yearly-accumulation). ${note.en}`,
      zh: `本类别${pool.zh}碳年累积量（InVEST ${pool.en}-yearly-accumulation）。${note.zh}`,
    },
  })
}

function halfLife(pool: { en: string; zh: string }) {
  return quantity({
    unit: 'years',
    min: 0,
    max: MAX_HALF_LIFE_YEARS,
    about: {
      en: `Half-life of disturbed ${pool.en} carbon of this class; 0 means disturbed carbon is never emitted (InVEST ${pool.en}-half-life). Applies to carbon disturbed when the land leaves this class.`,
      zh: `本类别受扰动${pool.zh}碳的半衰期；0 表示不排放（InVEST ${pool.en}-half-life）。用于从本类别转出时受扰动的碳。`,
    },
  })
}

function fraction(pool: { en: string; zh: string }, level: { en: string; zh: string; key: string }) {
  return quantity({
    unit: 'ratio',
    min: 0,
    max: 1,
    about: {
      en: `Share of the ${pool.en} stock disturbed when land leaves this class in a ${level.en} transition (InVEST ${pool.en}-${level.key}-impact-disturb).`,
      zh: `从本类别发生${level.zh}转变时受扰动的${pool.zh}碳储量比例（InVEST ${pool.en}-${level.key}-impact-disturb）。`,
    },
  })
}

const LOW = { en: 'low-impact', zh: '低强度扰动', key: 'low' }
const MED = { en: 'medium-impact', zh: '中强度扰动', key: 'med' }
const HIGH = { en: 'high-impact', zh: '高强度扰动', key: 'high' }
const BIOMASS = { en: 'biomass', zh: '生物量' }
const SOIL = { en: 'soil', zh: '土壤' }
const LITTER = { en: 'litter', zh: '凋落物' }

function disturbance(pool: { en: string; zh: string }) {
  return z.strictObject({ low: fraction(pool, LOW), med: fraction(pool, MED), high: fraction(pool, HIGH) })
}

const TRANSITION_ACCUM_NOTE = {
  en: 'After a transition it applies only where the transition table says accum into this class.',
  zh: '转变后仅在转变表中转入本类别的单元格为 accum 时适用。',
}
const LITTER_NOTE = {
  en: 'Litter ignores the transition table and counts in net sequestration only before the first transition (InVEST).',
  zh: '凋落物不受转变表影响，且仅在首次转变之前计入净固碳量（与 InVEST 一致）。',
}

export const classSchema = z.strictObject({
  lulcClass: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .meta({ about: { en: 'Name of the land-cover class (InVEST lulc-class); must be unique.', zh: '土地覆被类别名称（InVEST lulc-class），须唯一。' } }),
  biomassInitial: stock(BIOMASS),
  soilInitial: stock(SOIL),
  litterInitial: stock(LITTER),
  biomassAccumulation: accumulation(BIOMASS, TRANSITION_ACCUM_NOTE),
  soilAccumulation: accumulation(SOIL, TRANSITION_ACCUM_NOTE),
  litterAccumulation: accumulation(LITTER, LITTER_NOTE),
  biomassHalfLife: halfLife(BIOMASS),
  soilHalfLife: halfLife(SOIL),
  biomassDisturbance: disturbance(BIOMASS),
  soilDisturbance: disturbance(SOIL),
})

export type LulcClass = z.output<typeof classSchema>

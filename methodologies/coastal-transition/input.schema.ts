import { z } from 'zod'
import { quantity } from '../fields.ts'
import { classSchema } from './class.schema.ts'
import {
  MAX_CLASSES,
  MAX_SNAPSHOTS,
  MAX_TRANSITION_CELLS,
  calendarYear,
  snapshotSchema,
  transitionCellSchema,
} from './scenario.schema.ts'
import { valuationSchema } from './valuation.schema.ts'

/** The input object before its cross-field rules (input.rules.ts) are attached in spec.ts. */
export const inputObjectSchema = z.strictObject({
  areaHa: quantity({
    unit: 'ha',
    min: 0,
    exclusiveMin: true,
    max: 10_000_000,
    about: {
      en: 'Area of the site or stratum. When given, every result is multiplied by it (tCO2e, CNY); otherwise results are per hectare.',
      zh: '地块或碳层面积。填写时所有结果乘以面积（tCO2e、元）；否则结果为每公顷值。',
    },
  }).optional(),
  classes: z
    .array(classSchema)
    .min(1)
    .max(MAX_CLASSES)
    .meta({ about: { en: 'Biophysical table: one row per land-cover class.', zh: '生物物理参数表：每个土地覆被类别一行。' } }),
  transitions: z
    .array(transitionCellSchema)
    .max(MAX_TRANSITION_CELLS)
    .default([])
    .meta({
      about: {
        en: 'Landcover transitions table as a list of cells; a transition with no cell is no carbon change (NCC), as a blank cell in InVEST.',
        zh: '土地覆被转变表（单元格列表）；未列出的转变视为碳无变化（NCC），与 InVEST 的空白单元格相同。',
      },
    }),
  snapshots: z
    .array(snapshotSchema)
    .min(1)
    .max(MAX_SNAPSHOTS)
    .meta({
      about: {
        en: 'Land-cover class of the site by year, in increasing years; the first one is the baseline.',
        zh: '按年份递增排列的地块土地覆被类别；第一个为基准年。',
      },
    }),
  analysisYear: calendarYear({
    en: 'Last year of the analysis; carbon keeps accumulating or emitting after the last snapshot until then. Defaults to the last snapshot year (InVEST analysis_year).',
    zh: '分析终止年；最后一个快照之后碳继续累积或排放直到该年。缺省为最后一个快照年份（InVEST analysis_year）。',
  }).optional(),
  valuation: valuationSchema.optional(),
})
export type InputObject = z.output<typeof inputObjectSchema>

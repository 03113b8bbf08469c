import { z } from 'zod'
import { quantity } from '../fields.ts'

/** Cell values of InVEST's landcover transitions table; a missing cell is read as NCC, as InVEST reads a blank one. */
export const TRANSITION_ACTIONS = ['accum', 'low-impact-disturb', 'med-impact-disturb', 'high-impact-disturb', 'NCC'] as const
export type TransitionAction = (typeof TRANSITION_ACTIONS)[number]

/** Sanity bounds so that oversized input is a 400, never a long run. */
export const MAX_CLASSES = 100
export const MAX_SNAPSHOTS = 100
export const MAX_SPAN_YEARS = 200
export const MAX_TRANSITION_CELLS = MAX_CLASSES * MAX_CLASSES
export const MIN_YEAR = 1900
export const MAX_YEAR = 2300

export function calendarYear(about: { en: string; zh: string }) {
  return quantity({ unit: 'year', int: true, min: MIN_YEAR, max: MAX_YEAR, about })
}

const className = (about: { en: string; zh: string }) => z.string().trim().min(1).max(100).meta({ about })

export const transitionCellSchema = z.strictObject({
  from: className({ en: 'Class transitioned away from (table row).', zh: '转出类别（表格行）。' }),
  to: className({ en: 'Class transitioned to (table column).', zh: '转入类别（表格列）。' }),
  action: z.enum(TRANSITION_ACTIONS).meta({
    about: {
      en: 'Carbon action of this transition: accum (the destination class accumulates), low/med/high-impact-disturb (the source class loses that share of its stocks), NCC (no carbon change).',
      zh: '该转变的碳行为：accum（转入类别累积），low/med/high-impact-disturb（转出类别按该比例扰动碳储量），NCC（碳无变化）。',
    },
  }),
})
export type TransitionCell = z.output<typeof transitionCellSchema>

export const snapshotSchema = z.strictObject({
  year: calendarYear({ en: 'Year this land-cover snapshot represents.', zh: '该土地覆被快照所代表的年份。' }),
  class: className({ en: 'Land-cover class of the site in this year.', zh: '该年地块的土地覆被类别。' }),
})
export type Snapshot = z.output<typeof snapshotSchema>

import { cite, SOURCES } from './citations.ts'
import type { Citation } from '../types.ts'

/**
 * Mariculture carbon coefficients, all in % (S13 Table 2, quoted by
 * methodologies.md §3(b)): dry/wet ratio, mass shares of soft tissue and
 * shell, and carbon contents of each. Neither HY/T 0305-2021's nor HY/T 0349-2022's
 * coefficient tables were retrieved.
 */
export type MaricultureCoefficients = {
  zh: string
  en: string
  dryWetPercent: number
  softTissueMassPercent: number
  shellMassPercent: number
  softTissueCarbonPercent: number
  shellCarbonPercent: number
  source: Citation
  /** Set where methodologies.md says "verify". */
  verifyNote?: { en: string; zh: string }
}

const table2 = (row: string) => cite(SOURCES.S13, `Table 2, row ${row}`)

export const SHELLFISH = {
  clam: {
    zh: '蛤（推断）',
    en: 'Clam (inferred)',
    dryWetPercent: 52.55,
    softTissueMassPercent: 1.98,
    shellMassPercent: 98.02,
    softTissueCarbonPercent: 44.9,
    shellCarbonPercent: 11.52,
    source: cite(SOURCES.S13, 'Table 2, first row (species name missing in the stored table; "probably 蛤 clams")', 'inferred'),
    verifyNote: {
      en: 'The first row of S13 Table 2 has no species name in the stored copy; reading it as clams is an inference to verify.',
      zh: 'S13 表 2 首行在存档中缺少物种名；将其视为蛤类属推断，有待核实。',
    },
  },
  scallop: { zh: '扇贝', en: 'Scallop', dryWetPercent: 63.89, softTissueMassPercent: 14.35, shellMassPercent: 85.65, softTissueCarbonPercent: 42.84, shellCarbonPercent: 11.4, source: table2('扇贝') },
  oyster: { zh: '牡蛎', en: 'Oyster', dryWetPercent: 65.1, softTissueMassPercent: 6.14, shellMassPercent: 93.86, softTissueCarbonPercent: 45.98, shellCarbonPercent: 12.68, source: table2('牡蛎') },
  mussel: { zh: '贻贝', en: 'Mussel', dryWetPercent: 75.28, softTissueMassPercent: 8.47, shellMassPercent: 91.53, softTissueCarbonPercent: 44.4, shellCarbonPercent: 11.76, source: table2('贻贝') },
  'other-shellfish': { zh: '其他贝类', en: 'Other shellfish', dryWetPercent: 64.21, softTissueMassPercent: 11.41, shellMassPercent: 88.59, softTissueCarbonPercent: 43.87, shellCarbonPercent: 11.44, source: table2('其他贝类') },
} as const satisfies Record<string, MaricultureCoefficients>

/**
 * Seaweeds: the table prints "1.00" for the soft-tissue share where every
 * other cell is a percentage; we read it as 100 % (whole thallus), an
 * inference methodologies.md asks to verify.
 */
const WHOLE_THALLUS_NOTE = {
  en: 'S13 Table 2 prints "1.00" for the seaweed mass share; it is read as 100 % (whole thallus), an inference to verify.',
  zh: 'S13 表 2 中藻类质量比印为 "1.00"，此处按 100%（整株）理解，属推断，有待核实。',
}
const seaweed = (zh: string, en: string, carbon: number): MaricultureCoefficients => ({
  zh,
  en,
  dryWetPercent: 20,
  softTissueMassPercent: 100,
  shellMassPercent: 0,
  softTissueCarbonPercent: carbon,
  shellCarbonPercent: 0,
  source: cite(SOURCES.S13, `Table 2, row ${zh} ("1.00" read as 100 %)`, 'inferred'),
  verifyNote: WHOLE_THALLUS_NOTE,
})

export const SEAWEEDS = {
  kelp: seaweed('海带', 'Kelp (Saccharina/Laminaria)', 31.2),
  undaria: seaweed('裙带菜', 'Undaria', 26.4),
  porphyra: seaweed('紫菜', 'Porphyra/Pyropia', 27.39),
  gracilaria: seaweed('江蓠', 'Gracilaria', 20.6),
  'other-algae': seaweed('其他藻类', 'Other algae', 27.76),
} as const satisfies Record<string, MaricultureCoefficients>

/**
 * Carbon in a harvest, split into its pools, by the carbon-content method the
 * table's columns describe (HY/T 0305-2021 §3.3–3.4 define its dry/wet ratio and
 * mass ratio; the formula clause was not retrieved):
 * soft = dry × p_soft × c_soft; shell = dry × p_shell × c_shell.
 *
 * @param dryTonnes harvest in t dry weight (fresh weight × dry/wet ratio, or as entered dry)
 * @returns t C in soft tissue (or whole thallus) and in shell
 * @example carbonPoolsTc(200, SEAWEEDS.kelp) // { softTissue: 200 × 1.00 × 0.312 = 62.4, shell: 0 }
 * @see methodologies.md §3(b)
 */
export function carbonPoolsTc(dryTonnes: number, k: MaricultureCoefficients): { softTissue: number; shell: number } {
  return {
    softTissue: dryTonnes * (k.softTissueMassPercent / 100) * (k.softTissueCarbonPercent / 100),
    shell: dryTonnes * (k.shellMassPercent / 100) * (k.shellCarbonPercent / 100),
  }
}

import { addBilingualIssue } from '../shared/issues.ts'
import type { Bilingual, Citation, SinkType } from '../types.ts'
import { checkInput } from './input.rules.ts'
import { inputObjectSchema } from './input.schema.ts'
import { outputSchema } from './output.schema.ts'
import { REFERENCES } from './references.ts'

export const ID = 'coastal-transition'
export const VERSION = '1.0.0'

export const TITLE: Bilingual = {
  en: 'Coastal transition model (InVEST Coastal Blue Carbon compatible)',
  zh: '滨海土地覆被转变模型（兼容 InVEST 滨海蓝碳模型）',
}

export const DESCRIPTION: Bilingual = {
  en: 'Carbon stocks, accumulation, emissions after disturbance and their present value for one site or stratum whose land cover changes between snapshot years, following InVEST Coastal Blue Carbon as implemented. Use it for baseline-versus-project comparisons and for loss (reversal) scenarios.',
  zh: '按 InVEST 滨海蓝碳模型的实现，计算土地覆被在快照年份间变化的单个地块或碳层的碳储量、累积、扰动后排放及其现值。用于基线与项目情景对比以及损失（逆转）情景。',
}

export const SINK_TYPE: SinkType = 'coastal'

/** Input with its cross-field rules; each rule reports the offending path with an English message and `params.zh`. */
export const inputSchema = inputObjectSchema.superRefine((input, ctx) => {
  for (const issue of checkInput(input)) {
    addBilingualIssue(ctx, issue.path, issue)
  }
})

export { outputSchema }

export const references: Citation[] = REFERENCES

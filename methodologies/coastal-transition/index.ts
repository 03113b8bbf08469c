import { defineMethodology } from '../types.ts'
import { compute } from './compute.ts'
import { DESCRIPTION, ID, SINK_TYPE, TITLE, VERSION, inputSchema, outputSchema, references } from './spec.ts'

/** InVEST Coastal Blue Carbon compatible transition model (issue 4). */
export const coastalTransition = defineMethodology({
  id: ID,
  version: VERSION,
  title: TITLE,
  description: DESCRIPTION,
  sinkType: SINK_TYPE,
  kind: 'transition',
  input: inputSchema,
  output: outputSchema,
  references,
  compute,
})

export { compute, inputSchema, outputSchema }
export { TABLE_1_PRESETS } from './presets.ts'

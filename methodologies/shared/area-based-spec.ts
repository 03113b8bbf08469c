import type { z } from 'zod'
import type { Methodology } from '../types.ts'
import { areaBasedOutputSchema } from './result-schema.ts'

/**
 * The declarative part of an area-based methodology: its own id, texts, input
 * and references, with the kind and output every area-based methodology shares.
 */
export function areaBasedSpec<I extends z.ZodType>(spec: Omit<Methodology<I, typeof areaBasedOutputSchema>, 'kind' | 'output' | 'compute'>) {
  const { id, version, title, description, sinkType, input, references } = spec
  return { id, version, title, description, sinkType, kind: 'area-based' as const, input, output: areaBasedOutputSchema, references }
}

import { defineMethodology } from '../types.ts'
import { computeShellfish } from './compute.ts'
import { shellfishSpec } from './spec.ts'

export const maricultureShellfish = defineMethodology({ ...shellfishSpec, compute: computeShellfish })

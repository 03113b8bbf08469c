import { defineMethodology } from '../types.ts'
import { computeForest } from './compute.ts'
import { forestSpec } from './spec.ts'

export const forestAfforestation = defineMethodology({ ...forestSpec, compute: computeForest })

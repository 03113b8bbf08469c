import { defineMethodology } from '../types.ts'
import { computeSeaweed } from './compute.ts'
import { seaweedSpec } from './spec.ts'

export const maricultureSeaweed = defineMethodology({ ...seaweedSpec, compute: computeSeaweed })

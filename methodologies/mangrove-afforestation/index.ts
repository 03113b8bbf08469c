import { defineMethodology } from '../types.ts'
import { computeMangrove } from './compute.ts'
import { mangroveSpec } from './spec.ts'

export const mangroveAfforestation = defineMethodology({ ...mangroveSpec, compute: computeMangrove })

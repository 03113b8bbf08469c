import { defineMethodology } from '../types.ts'
import { computeTidalWetland } from './compute.ts'
import { tidalWetlandSpec } from './spec.ts'

export const tidalWetlandRestoration = defineMethodology({ ...tidalWetlandSpec, compute: computeTidalWetland })

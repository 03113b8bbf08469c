import { describeMaricultureProperties } from '../shared/testing/mariculture-properties.ts'
import { maricultureSeaweed } from './index.ts'
import { SEAWEED_SPECIES } from './spec.ts'

describeMaricultureProperties(maricultureSeaweed, SEAWEED_SPECIES)

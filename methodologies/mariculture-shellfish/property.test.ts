import fc from 'fast-check'
import { describeMaricultureProperties } from '../shared/testing/mariculture-properties.ts'
import { maricultureShellfish } from './index.ts'
import { SHELLFISH_SPECIES } from './spec.ts'

// Non-fed species only: fed species are refused by the schema.
describeMaricultureProperties(maricultureShellfish, SHELLFISH_SPECIES, { includeShellCarbon: fc.boolean() })

import { fileURLToPath } from 'node:url'
import { describeFixtureTable } from '../shared/testing/fixture-cases.ts'
import { maricultureSeaweed } from './index.ts'

const dir = fileURLToPath(new URL('.', import.meta.url))

describeFixtureTable('mariculture-seaweed fixtures (hand calculations from S13 Table 2)', maricultureSeaweed, dir)

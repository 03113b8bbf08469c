import { cite, SOURCES } from '../shared/citations.ts'
import type { Citation } from '../types.ts'

/** Species ids are public API (issue 4). */
export const MANGROVE_SPECIES = [
  'kandelia-obovata',
  'avicennia-marina',
  'aegiceras-corniculatum',
  'rhizophora-stylosa',
  'bruguiera-gymnorrhiza',
  'sonneratia-apetala',
] as const
export type MangroveSpecies = (typeof MANGROVE_SPECIES)[number]

type SpeciesRecord = {
  latin: string
  zh: string
  /** Stand-level AGB growth, t d.m./ha/yr, only where a source gives one. */
  agbGrowth?: { tdmPerHaPerYear: number; validAgeYears: number; source: Citation }
}

/**
 * Only Kandelia obovata has a cited stand-level growth rate (S19, via
 * methodologies.md §10 A4). The other species have allometric equations
 * (S17/S18) but no cited diameter-growth data to drive them, so their growth
 * rate is a required input rather than an invented default.
 */
export const SPECIES: Record<MangroveSpecies, SpeciesRecord> = {
  'kandelia-obovata': {
    latin: 'Kandelia obovata',
    zh: '秋茄',
    agbGrowth: {
      tdmPerHaPerYear: 4.33,
      validAgeYears: 20,
      source: cite(SOURCES.S19, 'abstract: 1–20-yr plantations, N. Viet Nam (methodologies.md §10 A4)'),
    },
  },
  'avicennia-marina': { latin: 'Avicennia marina', zh: '白骨壤' },
  'aegiceras-corniculatum': { latin: 'Aegiceras corniculatum', zh: '桐花树' },
  'rhizophora-stylosa': { latin: 'Rhizophora stylosa', zh: '红海榄' },
  'bruguiera-gymnorrhiza': { latin: 'Bruguiera gymnorrhiza', zh: '木榄' },
  'sonneratia-apetala': { latin: 'Sonneratia apetala', zh: '无瓣海桑' },
}

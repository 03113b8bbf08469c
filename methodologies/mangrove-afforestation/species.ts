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

/** A Chapman-Richards AGB curve, t d.m./ha, with the age past which it is held. */
export type AgbCurveRecord = { maxTdmPerHa: number; rateKPerYear: number; shapeP: number; holdAfterAgeYears: number; source: Citation }

type SpeciesRecord = {
  latin: string
  zh: string
  /** Stand-level AGB growth, t d.m./ha/yr, only where a source gives one (the linear model). */
  agbGrowth?: { tdmPerHaPerYear: number; validAgeYears: number; source: Citation }
  /** Stand AGB by age (the default model where a source allows one). */
  agbCurve?: AgbCurveRecord
}

/**
 * Kandelia obovata AGB by age, calibrated to S19's observations: 0.04 ± 0.02
 * t/ha at age 1 and 115.39 ± 15.34 t/ha at age 20. Two observations fix two
 * parameters, so p is set to 3, the value Chapman-Richards is conventionally
 * restricted to; k and max then solve max (1 − e^(−k))³ = 0.04 and
 * max (1 − e^(−20k))³ = 115.39 (our arithmetic, rounded): k = 0.03835/yr,
 * max = 751 t/ha → 0.0400 at age 1, 115.38 at age 20. Any curve through both
 * points needs p ≥ ln(115.39/0.04)/ln 20 = 2.66, so the slow start is forced
 * by the observations, not by the choice of p.
 *
 * `max` is a fitting constant, far above any observed stand, not a mature
 * stock: the curve is used only up to age 20, the oldest S19 stand, and the
 * biomass is held at its age-20 value after that (no source for later ages
 * was found).
 */
const KANDELIA_CURVE: AgbCurveRecord = {
  maxTdmPerHa: 751,
  rateKPerYear: 0.03835,
  shapeP: 3,
  holdAfterAgeYears: 20,
  source: cite(
    SOURCES.S19,
    'abstract: AGB 0.04 ± 0.02 Mg/ha at age 1, 115.39 ± 15.34 Mg/ha at age 20 (stands 1–20 yr); Chapman-Richards with p = 3 solved through both (our fit); held at age 20, the oldest stand observed',
    'derived',
  ),
}

/**
 * Only Kandelia obovata has cited stand-level growth (S19, via
 * methodologies.md §10 A4). The other species have allometric equations
 * (S17/S18) but no cited diameter-growth data to drive them, so their growth
 * is a required input rather than an invented default.
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
    agbCurve: KANDELIA_CURVE,
  },
  'avicennia-marina': { latin: 'Avicennia marina', zh: '白骨壤' },
  'aegiceras-corniculatum': { latin: 'Aegiceras corniculatum', zh: '桐花树' },
  'rhizophora-stylosa': { latin: 'Rhizophora stylosa', zh: '红海榄' },
  'bruguiera-gymnorrhiza': { latin: 'Bruguiera gymnorrhiza', zh: '木榄' },
  'sonneratia-apetala': { latin: 'Sonneratia apetala', zh: '无瓣海桑' },
}

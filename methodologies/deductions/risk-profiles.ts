import { assumption, cite, SOURCES } from '../shared/citations.ts'
import type { HazardProfile } from './non-permanence-schema.ts'

/**
 * Default natural-risk assessment for a Zhanjiang coastal site (mangrove, salt
 * marsh, seagrass, mariculture). Each choice of Table 10 band is ours, derived
 * from the cited figures; an owner with site data replaces it.
 */
export const ZHANJIANG_COASTAL_PROFILE: HazardProfile = {
  // 0.76 landfalls/yr ⇒ more than once per 10 years; Rammasun 2014 removed 6.10 % of Dongzhai mangrove
  // area and only 46 % recovered within 6 years (not transient) ⇒ "minor" (5 % to <25 %): LS 5.
  typhoon: {
    likelihood: 'more-than-once-per-10yr',
    significance: 'minor',
    mitigation: 'none',
    source: cite(SOURCES.RISK_TYPHOON_DAMAGE, '§3.1 frequency + §3.3 damage → Table 10 band (our mapping)', 'inferred'),
  },
  // Seven documented South China outbreaks 2004–2023 (regional, not per site); >10 % dead locally at
  // Dongzhai 2010–2012 ⇒ "minor", more than once per 10 years: LS 5.
  pestsAndDisease: {
    likelihood: 'more-than-once-per-10yr',
    significance: 'minor',
    mitigation: 'none',
    source: cite(SOURCES.RISK_PESTS, '§3.4 → Table 10 band (our mapping, regional frequency)', 'inferred'),
  },
  // Accretion 6.5–11 mm/yr exceeds sea-level rise 3.6 mm/yr at sediment-supplied Zhanjiang sites:
  // the addendum rates the risk "low"; we map that to the lowest non-zero band: LS 1.
  seaLevelRise: {
    likelihood: 'once-per-100yr-or-less',
    significance: 'insignificant-or-transient',
    mitigation: 'none',
    source: cite(SOURCES.RISK_SEA_LEVEL, '§5.2 derived comparison → Table 10 band (our mapping)', 'inferred'),
  },
  fire: {
    likelihood: 'once-per-100yr-or-less',
    significance: 'not-applicable',
    mitigation: 'none',
    source: assumption('Intertidal vegetation is flooded by every tide; fire not applicable'),
  },
  geological: {
    likelihood: 'once-per-100yr-or-less',
    significance: 'not-applicable',
    mitigation: 'none',
    source: assumption('No geological hazard documented for the Zhanjiang coast in the references (not assessed)'),
  },
}

/**
 * Default for upland afforestation in western Guangdong. Only the typhoon
 * figures exist in the references, and they were measured on mangroves; fire
 * and pest frequencies for South China plantations were NOT FOUND, so they
 * are left at zero and the result warns that they were not assessed.
 */
export const SOUTH_CHINA_FOREST_PROFILE: HazardProfile = {
  typhoon: {
    ...ZHANJIANG_COASTAL_PROFILE.typhoon,
    source: cite(SOURCES.RISK_TYPHOON_DAMAGE, '§3.1 + §3.3 (mangrove damage used as proxy for plantations; our mapping)', 'inferred'),
  },
  pestsAndDisease: {
    likelihood: 'once-per-100yr-or-less',
    significance: 'not-applicable',
    mitigation: 'none',
    source: assumption('Plantation pest loss rates NOT FOUND (finance-risk-addendum.md §6.4); not assessed'),
  },
  seaLevelRise: {
    likelihood: 'once-per-100yr-or-less',
    significance: 'not-applicable',
    mitigation: 'none',
    source: assumption('Upland site: sea-level rise not applicable'),
  },
  fire: {
    likelihood: 'once-per-100yr-or-less',
    significance: 'not-applicable',
    mitigation: 'none',
    source: assumption('South China plantation fire frequency NOT FOUND in the references; not assessed'),
  },
  geological: {
    likelihood: 'once-per-100yr-or-less',
    significance: 'not-applicable',
    mitigation: 'none',
    source: assumption('No geological hazard documented in the references (not assessed)'),
  },
}

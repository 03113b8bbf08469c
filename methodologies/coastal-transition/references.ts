import type { Citation } from '../types.ts'

/**
 * Documents this methodology follows. The model's math is InVEST Coastal
 * Blue Carbon *as implemented* (shared/docs/references/invest-cbc.md), so the
 * code is the primary source and the user's guide is cited where it differs.
 */
export const INVEST_CBC_CODE: Citation = {
  id: 'invest-cbc-code',
  document:
    'natcap/invest, src/natcap/invest/coastal_blue_carbon/coastal_blue_carbon.py (InVEST 3.20.1-42, commit 54ff9ca)',
  locator: '_read_transition_matrix, _track_disturbance, _calculate_emissions, _calculate_net_sequestration, _calculate_npv',
  url: 'https://github.com/natcap/invest/blob/main/src/natcap/invest/coastal_blue_carbon/coastal_blue_carbon.py',
  status: 'primary',
}

export const INVEST_CBC_TESTS: Citation = {
  id: 'invest-cbc-tests',
  document: 'natcap/invest, tests/test_coastal_blue_carbon.py (class TestCBC2)',
  locator: 'test_model, test_model_no_analysis_year_no_price_table, test_model_one_transition_no_analysis_year, test_model_no_transitions, test_emissions',
  url: 'https://github.com/natcap/invest/blob/main/tests/test_coastal_blue_carbon.py',
  status: 'primary',
}

export const INVEST_CBC_USERS_GUIDE: Citation = {
  id: 'invest-cbc-users-guide',
  document: "InVEST User's Guide, Coastal Blue Carbon (natcap/invest.users-guide, source/en/coastal_blue_carbon.rst)",
  locator: 'eqs. cbc_stocks_pool, cbc_net_sequestration, cbc_stocks_litter, cbc_emissions, cbc_disturbance_volume, cbc_net_present_value',
  url: 'https://github.com/natcap/invest.users-guide/blob/main/source/en/coastal_blue_carbon.rst',
  status: 'primary',
}

/** Table 1 of the user's guide compiles its fractions from the original studies, hence `secondary`. */
export function usersGuideTable1(originalRef: string): Citation {
  return {
    id: 'invest-cbc-users-guide-table-1',
    document: `InVEST User's Guide, Coastal Blue Carbon, Table 1 — ${originalRef}`,
    locator: 'Table 1 (percent carbon loss and decay rates by low/medium/high impact)',
    url: 'https://github.com/natcap/invest.users-guide/blob/main/source/en/coastal_blue_carbon.rst',
    status: 'secondary',
  }
}

export const DONATO_2011 =
  'ref. (1) Donato et al. 2011, Mangroves among the most carbon-rich forests in the tropics, Nature Geoscience 4(5):293–297'
export const MURRAY_2011 =
  'ref. (2) Murray et al. 2011, Green payments for blue carbon, Nicholas Institute Report NI R 11-04'
export const CROOKS_2011 =
  'ref. (3) Crooks et al. 2011, Mitigating climate change through restoration and management of coastal wetlands, World Bank Environment Department Paper 121'

export const REFERENCES: Citation[] = [INVEST_CBC_CODE, INVEST_CBC_USERS_GUIDE, INVEST_CBC_TESTS]

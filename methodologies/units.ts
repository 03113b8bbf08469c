/**
 * The closed set of units a methodology number may carry (style.md §4).
 * Percent (0–100) and ratio (0–1) are deliberately different units.
 */
export const UNITS = [
  'ha',
  'm2',
  'km',
  'year',
  'years',
  'count',
  'trees/ha',
  'percent',
  'ratio',
  'cm',
  'm',
  'g/cm3',
  'kg',
  't',
  't/yr',
  'tCO2e',
  'tCO2e/ha',
  'tCO2e/ha/yr',
  'tCO2e/yr',
  'tC/ha',
  'tC/ha/yr',
  't d.m./ha',
  't d.m./ha/yr',
  'tC/t d.m.',
  'tCH4/ha/yr',
  'tN2O/ha/yr',
  'tCO2e/tCH4',
  'tCO2e/tN2O',
  'ppt',
  'm3/ha',
  't d.m./m3',
  'CNY',
  'CNY/tCO2e',
  'CNY/t',
  'CNY/ha/yr',
  'CNY/km',
  'CNY/m3',
  'CNY/kWh',
  'CNY/visit',
  'visits/yr',
  'kWh/yr',
  'm3/yr',
  't/ha/yr',
  'index',
  'score',
  // GEP valuation (methodologies/gep): pollutant- and gas-specific units keep
  // N, P, COD and O2 quantities from being mixed up with generic tonnes.
  'CNY/yr',
  'CNY/km/yr',
  'CNY/t O2',
  'CNY/t N',
  'CNY/t P',
  'CNY/t COD',
  't O2/yr',
  't O2/tCO2e',
  't N/yr',
  't P/yr',
  't COD/yr',
  'kg N/ha/yr',
  'kg P/ha/yr',
  'kg COD/ha/yr',
  'kWh/ha/yr',
  'm3/ha/yr',
  // Growth curves (shared/growth-curves.ts): a rate constant and a shape exponent.
  '1/yr',
  'dimensionless',
  // Collateral and insurance (methodologies/collateral): price drift and volatility
  // per year, and money in integer fen as the ledger keeps it.
  'percent/yr',
  'fen',
] as const

export type Unit = (typeof UNITS)[number]

/** Molar mass ratio CO2 : C, used to turn tonnes of carbon into tonnes of CO2. */
export const CO2_PER_C = 44 / 12

/** Square metres in one hectare. */
export const M2_PER_HA = 10_000

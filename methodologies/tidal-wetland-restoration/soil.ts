/**
 * VM0033 Eq. 33 cover scaling of the default soil CO2 removal: full value at
 * ≥ 50 % vegetation cover, none below 15 %, linear in between.
 *
 * @param coverPercent vegetation (crown) cover, %
 * @returns share of the default applied (0–1)
 * @example eq33CoverFactor(30) // (30 − 15) / 35 = 0.4286
 * @see VM0033 v2.1 §8.1.4.2.3, Eq. 33
 */
export function eq33CoverFactor(coverPercent: number): number {
  if (coverPercent >= 50) return 1
  if (coverPercent < 15) return 0
  return (coverPercent - 15) / 35
}

export type SoilKind = 'salt-marsh' | 'seagrass'

/** %C → %OM: marsh Eq. 41 (root of %C = 0.4 %OM + 0.0025 %OM²); seagrass Eq. 45 (%OM < 20 %). */
function organicMatterPercent(kind: SoilKind, carbonPercent: number): number {
  return kind === 'salt-marsh'
    ? (-0.4 + Math.sqrt(0.4 * 0.4 + 4 * 0.0025 * carbonPercent)) / (2 * 0.0025)
    : (carbonPercent + 0.21) / 0.4
}

/** %OM → %C, the inverse of the equation above. */
function carbonPercent(kind: SoilKind, organicMatter: number): number {
  return kind === 'salt-marsh' ? 0.4 * organicMatter + 0.0025 * organicMatter * organicMatter : Math.max(0, 0.4 * organicMatter - 0.21)
}

/**
 * Share of soil carbon that is allochthonous (deposited from elsewhere), which
 * VM0033 deducts from in-situ soil removals (Eq. 38–40):
 * %OM_autoch = (%OM_soil − %OM_depsed) / (1 − %OM_depsed/100);
 * %C_alloch = 100 × (%C_soil − %C_autoch) / %C_soil.
 *
 * @param soilCarbonPercent %C of the project soil
 * @param depositedSedimentOmPercent %OM of deposited mineral sediment (default 1.5, Mayer 1994)
 * @returns allochthonous share as a ratio (0–1)
 * @example allochthonousRatio('salt-marsh', 1.279, 1.5) // ≈ 0.475
 * @see VM0033 v2.1 Eqs. 38–41, 45
 */
export function allochthonousRatio(kind: SoilKind, soilCarbonPercent: number, depositedSedimentOmPercent: number): number {
  if (soilCarbonPercent <= 0) return 0
  const omSoil = organicMatterPercent(kind, soilCarbonPercent)
  const omAutoch = Math.max(0, (omSoil - depositedSedimentOmPercent) / (1 - depositedSedimentOmPercent / 100))
  const cAutoch = carbonPercent(kind, omAutoch)
  return Math.min(1, Math.max(0, (soilCarbonPercent - cAutoch) / soilCarbonPercent))
}

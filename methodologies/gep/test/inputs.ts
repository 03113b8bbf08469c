/**
 * Fresh valid raw inputs for tests (a new object per call: no shared mutable fixtures).
 * Every required field is filled with a round number so hand calculations stay short.
 */
export function mangroveInput(overrides: Record<string, unknown> = {}) {
  return {
    ecosystem: 'mangrove',
    areaHa: 10,
    valuationYear: 2010,
    horizonYears: 1,
    discountRatePercent: 0,
    carbonSequestrationTco2ePerYear: 163,
    carbonPrice: { kind: 'user', priceCnyPerTco2e: 62.36 },
    services: {
      aquaticProducts: { harvestTPerYear: 2, unitPrice: { value: 30_000, priceYear: 2010 } },
      waterPurificationPhosphorus: { removalKgPerHaPerYear: 2 },
      waterPurificationCod: { removalKgPerHaPerYear: 50 },
      coastalProtection: { protectedShorelineKm: 2, seawallServiceLifeYears: 50 },
      climateRegulation: { coolingEnergyKwhPerHaPerYear: 1000, electricityPrice: { value: 0.53, priceYear: 2010 } },
      recreation: { visitsPerYear: 10_000 },
    },
    ...overrides,
  }
}

/** A mangrove input where only carbon and COD carry value (for the sensitivity hand case). */
export function twoServiceInput() {
  return mangroveInput({
    carbonSequestrationTco2ePerYear: 100,
    services: {
      aquaticProducts: { harvestTPerYear: 0, unitPrice: { value: 30_000, priceYear: 2010 } },
      oxygenRelease: { oxygenTPerYear: 0 },
      waterPurificationNitrogen: { removalKgPerHaPerYear: 0 },
      waterPurificationPhosphorus: { removalKgPerHaPerYear: 0 },
      waterPurificationCod: { removalKgPerHaPerYear: 50 },
      coastalProtection: { protectedShorelineKm: 0, seawallServiceLifeYears: 50 },
      climateRegulation: { coolingEnergyKwhPerHaPerYear: 0, electricityPrice: { value: 0.53, priceYear: 2010 } },
      sedimentRetention: { retentionM3PerHaPerYear: 0 },
      recreation: { visitsPerYear: 0 },
    },
  })
}

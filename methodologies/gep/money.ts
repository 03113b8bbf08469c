/** Rounds a CNY amount for display, once, at the end (style.md: never round before the last step). */
export function roundCny(amountCny: number): number {
  return Math.round(amountCny * 100) / 100
}

/** Unit prices keep more digits than totals: 0.53 CNY/kWh would lose a third of its precision at 2 dp. */
export function roundUnitPrice(priceCny: number): number {
  return Math.round(priceCny * 10_000) / 10_000
}

/** Physical quantities and ratios shown with 6 decimals: enough for t, km and ha scales. */
export function roundQuantity(value: number): number {
  return Math.round(value * 1_000_000) / 1_000_000
}

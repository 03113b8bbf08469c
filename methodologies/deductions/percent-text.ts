/** A ratio as a short percent text (4 decimals at most), without toFixed's trailing zeros, for the `uncertaintyRule` lines. */
export function percentText(ratio: number): string {
  return String(Math.round(ratio * 1e6) / 1e4)
}

// Test-only geometry builders, free of any app or database import so that pure
// geometry tests (api/geo) and the API suites can share them.

/** An axis-aligned lon/lat box as a closed ring. */
export const box = (lon: number, lat: number, dLon: number, dLat: number): number[][] => [
  [lon, lat],
  [lon + dLon, lat],
  [lon + dLon, lat + dLat],
  [lon, lat + dLat],
  [lon, lat],
]

export const polygon = (...rings: number[][][]) => ({ type: 'Polygon', coordinates: rings })

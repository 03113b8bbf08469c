/** A closed ring of [lon, lat] positions (first position repeated last). */
export type Ring = readonly (readonly [number, number])[]

/** Shoelace area in degrees² (positive = counter-clockwise); only its sign and zero-ness matter to the scripts. */
export function signedArea(ring: Ring): number {
  let sum = 0
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1]
  return sum / 2
}

/** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise. */
export function wind<R extends Ring>(ring: R, exterior: boolean): R {
  return signedArea(ring) > 0 === exterior ? ring : (ring.slice().reverse() as unknown as R)
}

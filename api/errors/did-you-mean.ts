/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent swaps), compared
 * case-insensitively: `uncertaintyPercnt` → `uncertaintyPercent` is 1, `areaha` →
 * `areaHa` is 0. Quadratic, so callers keep the strings short.
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase()
  const t = b.toLowerCase()
  const rows: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [i])
  for (let j = 1; j <= t.length; j++) rows[0]![j] = j
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1)
      rows[i]![j] = d
    }
  }
  return rows[s.length]![t.length]!
}

/** Keys longer than this are not typos of a field name; comparing them would only cost time. */
const MAX_COMPARED_LENGTH = 100

/**
 * The known key a misspelled one most likely meant: the closest within a third of
 * its length (at least 2 edits), so `survivalPct` finds `survivalPercent` but `foo`
 * finds nothing. Ties go to the first candidate.
 *
 * @example closestKey('uncertaintyPercnt', ['areaHa', 'uncertaintyPercent']) // 'uncertaintyPercent'
 */
export function closestKey(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > MAX_COMPARED_LENGTH) return undefined
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    if (candidate.length > MAX_COMPARED_LENGTH) continue
    const distance = editDistance(word, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  const allowed = Math.max(2, Math.floor(Math.max(word.length, best?.length ?? 0) / 3))
  return bestDistance <= allowed ? best : undefined
}

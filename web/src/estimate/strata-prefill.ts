import type { Stratum } from '../api/sites.ts'
import type { FieldNode } from '../forms/spec-to-fields.ts'

/**
 * The site's strata as the methodology's `strata` input, where the methodology
 * has one: only the members both sides declare are copied (species, share,
 * planting year, density). Survival is left to its sourced default on
 * purpose: the site records survival of the planted trees, while the
 * methodology's survivalPercent is relative to the reference stands behind its
 * growth rate (methodologies/mangrove-afforestation/spec.ts), a different
 * quantity under the same name.
 *
 * @returns the list value for the form, or undefined when nothing applies
 */
export function strataPrefill(root: FieldNode, strata: readonly Stratum[]): Record<string, unknown>[] | undefined {
  if (root.kind !== 'group' || strata.length === 0) return undefined
  const list = root.fields.find((f) => f.key === 'strata')
  if (list?.kind !== 'list' || list.item.kind !== 'group') return undefined
  const accepts = (key: string, value: unknown) => {
    const field = (list.item as Extract<FieldNode, { kind: 'group' }>).fields.find((f) => f.key === key)
    if (!field) return false
    if (field.kind === 'choice') return typeof value === 'string' && field.options.includes(value)
    return field.kind === 'number' && typeof value === 'number'
  }
  return strata.map((s) => {
    const item: Record<string, unknown> = {}
    for (const [key, value] of Object.entries({ species: s.species, areaPercent: s.areaPercent, plantingYear: s.plantingYear, plantingDensityTreesPerHa: s.plantingDensityTreesPerHa })) {
      if (value !== null && accepts(key, value)) item[key] = value
    }
    return item
  })
}

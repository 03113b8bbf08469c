import type { FieldNode } from './spec-to-fields.ts'

/**
 * The field a dotted input path names (`services.coastalProtection.seawallCost`),
 * searching every variant of a union; list indices (`strata[0]`) step into the
 * item template. Undefined when the form has no such field.
 */
export function fieldAtPath(root: FieldNode, path: string): FieldNode | undefined {
  const keys = path.replace(/\[\d+\]/g, '.[]').split('.').filter((k) => k !== '')
  let nodes: FieldNode[] = [root]
  for (const key of keys) {
    const next: FieldNode[] = []
    for (const node of nodes) {
      if (key === '[]' && node.kind === 'list') next.push(node.item)
      if (node.kind === 'group') next.push(...node.fields.filter((f) => f.key === key))
      if (node.kind === 'variant') for (const v of node.variants) next.push(...v.fields.filter((f) => f.key === key))
      if (node.kind === 'map') next.push(node.value)
    }
    nodes = next
    if (!nodes.length) return undefined
  }
  return nodes[0]
}

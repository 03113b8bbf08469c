import { useEffect, useRef } from 'preact/hooks'

/** The part of MapLibre's IControl that a panel without a map implements. */
export interface HostedControl {
  onAdd(map?: unknown): HTMLElement
  onRemove(map?: unknown): void
}

/**
 * Puts an imperative panel (an IControl built with util/dom) inside a Preact
 * tree: added when the host mounts, removed, with its listeners, when it
 * unmounts. Lets the existing controls live outside the map while they are
 * not yet components.
 */
export function ControlHost({ control, className }: { control: HostedControl; className?: string }) {
  const slot = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const element = control.onAdd()
    slot.current?.append(element)
    return () => control.onRemove()
  }, [control])
  return <div class={className} ref={slot} />
}

import { useEffect, useRef } from 'preact/hooks'
import { useServices } from '../../app/services.ts'
import { useDocumentTitle } from '../page-parts.tsx'
import type { MountedMap } from './mount-map-page.ts'

/**
 * The map at `/`. Built on first visit and kept while other pages are shown
 * (hidden), so coming back finds the same view, selection and drawing.
 */
export function MapPage({ active }: { active: boolean }) {
  const services = useServices()
  const slot = useRef<HTMLDivElement>(null)
  const mounted = useRef<MountedMap | undefined>(undefined)
  useEffect(() => {
    let disposed = false
    void import('./mount-map-page.ts').then(({ mountMapPage }) => {
      if (!disposed && slot.current) mounted.current = mountMapPage(slot.current, services)
    })
    return () => {
      disposed = true
      mounted.current?.destroy()
    }
  }, [services])
  useEffect(() => {
    if (active) mounted.current?.shown()
  }, [active])
  return (
    <>
      {active && <MapTitle />}
      <div class="bc-map-page" hidden={!active} ref={slot} />
    </>
  )
}

/** The window title while the map is shown: the app's name alone. */
function MapTitle() {
  useDocumentTitle(null)
  return null
}

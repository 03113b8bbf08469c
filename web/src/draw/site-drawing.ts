import type { Map as MapLibreMap } from 'maplibre-gl'
import type { Polygon } from 'geojson'
import { TerraDraw, TerraDrawPolygonMode, TerraDrawSelectMode, type TerraDrawEventListeners, type TerraDrawExtend } from 'terra-draw'
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter'
import { geodesicAreaHa } from '../geo/area.ts'
import { createEmitter, type Unsubscribe } from '../util/emitter.ts'
import { siteShapeValidation, type ShapeMessage } from './site-shape.validation.ts'

type FeatureId = TerraDrawExtend.FeatureId
type OnFinishContext = Parameters<TerraDrawEventListeners['finish']>[1]

export type DrawingState = 'idle' | 'drawing' | 'drawn' | 'editing'

/** What the drawing reports to the UI. */
export type DrawingEvent =
  | { type: 'state'; state: DrawingState }
  /** Area under the pen while drawing or editing (ha); null before the ring has three corners. */
  | { type: 'area'; areaHa: number | null }
  | { type: 'refused'; message: ShapeMessage }
  /** A polygon was closed (drawn) or its corners moved (edited). */
  | { type: 'shape'; geometry: Polygon; origin: 'drawn' | 'edited' }

const COLOR = '#2563eb' as const

function polygonOf(draw: TerraDraw, id: FeatureId): Polygon | undefined {
  const geometry = draw.getSnapshotFeature(id)?.geometry
  return geometry?.type === 'Polygon' ? geometry : undefined
}

/** Area of a ring in progress; terra-draw keeps it closed, so four positions make a triangle. */
function liveAreaHa(geometry: Polygon | undefined): number | null {
  const ring = geometry?.coordinates[0]
  return ring && ring.length >= 4 ? geodesicAreaHa(geometry) : null
}

/**
 * terra-draw on the map, reduced to what a site needs: draw one polygon, or
 * edit the corners of one existing polygon. Only terra-draw's public API is
 * used. The caller decides what to do with the shape (save it, run an
 * estimate); this class only reports.
 */
export class SiteDrawing {
  readonly #draw: TerraDraw
  readonly #events = createEmitter<DrawingEvent>()
  #state: DrawingState = 'idle'
  #featureId: FeatureId | undefined

  readonly #onChange = (ids: FeatureId[], type: string) => {
    if (this.#state !== 'drawing' && this.#state !== 'editing') return
    if (type === 'delete') return
    // While drawing, the feature being drawn is the one polygon in the store.
    const id = this.#state === 'editing' ? this.#featureId : ids.find((i) => polygonOf(this.#draw, i))
    if (id === undefined) return
    this.#events.emit({ type: 'area', areaHa: liveAreaHa(polygonOf(this.#draw, id)) })
  }

  readonly #onFinish = (id: FeatureId, context: OnFinishContext) => {
    const geometry = polygonOf(this.#draw, id)
    if (!geometry) return
    if (this.#state === 'drawing' && context.action === 'draw') {
      this.#featureId = id
      // Static mode: the closed shape stays visible but no longer reacts to clicks.
      this.#draw.setMode('static')
      this.#setState('drawn')
      this.#events.emit({ type: 'area', areaHa: geodesicAreaHa(geometry) })
      this.#events.emit({ type: 'shape', geometry, origin: 'drawn' })
    } else if (this.#state === 'editing' && id === this.#featureId) {
      this.#events.emit({ type: 'area', areaHa: geodesicAreaHa(geometry) })
      this.#events.emit({ type: 'shape', geometry, origin: 'edited' })
    }
  }

  constructor(map: MapLibreMap) {
    const validation = siteShapeValidation((message) => this.#events.emit({ type: 'refused', message }))
    this.#draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map }),
      modes: [
        new TerraDrawPolygonMode({
          validation,
          styles: { fillColor: COLOR, outlineColor: COLOR, fillOpacity: 0.25, outlineWidth: 2, closingPointColor: COLOR },
        }),
        new TerraDrawSelectMode({
          flags: {
            polygon: {
              feature: {
                validation,
                draggable: false,
                coordinates: { draggable: true, midpoints: true, deletable: true },
              },
            },
          },
          // Keep the one feature selected: a click beside it must not drop the edit.
          allowManualDeselection: false,
          styles: { selectedPolygonColor: COLOR, selectedPolygonOutlineColor: COLOR, selectedPolygonFillOpacity: 0.25, selectionPointColor: COLOR, midPointColor: COLOR },
        }),
      ],
    })
  }

  /** Registers with the map; call once the map's style has loaded. */
  start(): void {
    this.#draw.start()
    this.#draw.on('change', this.#onChange)
    this.#draw.on('finish', this.#onFinish)
  }

  stop(): void {
    this.#draw.off('change', this.#onChange)
    this.#draw.off('finish', this.#onFinish)
    if (this.#draw.enabled) this.#draw.stop()
  }

  get state(): DrawingState {
    return this.#state
  }

  on(listener: (event: DrawingEvent) => void): Unsubscribe {
    return this.#events.on(listener)
  }

  /** Starts a new polygon, dropping any shape on the drawing layer. */
  startPolygon(): void {
    this.clear()
    this.#draw.setMode('polygon')
    this.#setState('drawing')
    this.#events.emit({ type: 'area', areaHa: null })
  }

  /** Puts an existing site polygon on the drawing layer with its corners draggable. */
  edit(geometry: Polygon): void {
    this.clear()
    this.#draw.setMode('select')
    const [verdict] = this.#draw.addFeatures([{ type: 'Feature', geometry, properties: { mode: 'polygon' } }])
    if (!verdict?.valid || verdict.id === undefined) {
      this.#draw.setMode('static')
      this.#events.emit({ type: 'refused', message: { key: 'Draw.CannotEdit' } })
      return
    }
    this.#featureId = verdict.id
    this.#draw.selectFeature(verdict.id)
    this.#setState('editing')
    this.#events.emit({ type: 'area', areaHa: geodesicAreaHa(geometry) })
  }

  /** The shape on the drawing layer (drawn or being edited), if any. */
  current(): Polygon | undefined {
    return this.#featureId === undefined ? undefined : polygonOf(this.#draw, this.#featureId)
  }

  /** Removes whatever is on the drawing layer and goes back to idle. */
  clear(): void {
    if (!this.#draw.enabled) return
    this.#draw.setMode('static')
    this.#draw.clear()
    this.#featureId = undefined
    this.#setState('idle')
    this.#events.emit({ type: 'area', areaHa: null })
  }

  #setState(state: DrawingState): void {
    this.#state = state
    this.#events.emit({ type: 'state', state })
  }
}

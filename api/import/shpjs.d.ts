// shpjs ships no types; these are the two functions the importer uses.
declare module 'shpjs' {
  import type { Geometry } from 'geojson'
  /** Geometries of a .shp, reprojected to WGS84 when a .prj text proj4 can read is given. */
  export function parseShp(shp: ArrayBuffer | ArrayBufferView | DataView, prj?: string | false): (Geometry | null)[]
  /** Attribute rows of a .dbf, decoded with the .cpg code page when given. */
  export function parseDbf(dbf: ArrayBuffer | ArrayBufferView | DataView, cpg?: string): Record<string, unknown>[]
}

/** [west, south, east, north] in degrees (WGS84). */
export type Box = [number, number, number, number]

/**
 * Guangdong spans about 109.66–117.32°E and 20.22–25.52°N. The map may not pan
 * outside MAP_BOUNDS; the land is clipped to a slightly larger CLIP_BOX so the
 * straight clip edges always stay off screen.
 */
export const MAP_BOUNDS: Box = [108.9, 19.8, 118.1, 26.0]
export const CLIP_BOX: Box = [108.6, 19.5, 118.4, 26.3]

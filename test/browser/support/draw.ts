import type { Page } from 'playwright-core'
import { pagePoint } from '../map-page.ts'

type LonLat = [number, number]

const screenPoint = pagePoint

/** Clicks corners one by one, moving the pointer there first as a hand would. */
export async function clickCorners(page: Page, corners: LonLat[]): Promise<void> {
  for (const corner of corners) {
    const { x, y } = await screenPoint(page, corner)
    await page.mouse.move(x, y, { steps: 4 })
    await page.mouse.click(x, y)
  }
}

/**
 * Draws a polygon with the mouse: "Draw a site", one click per corner, then a
 * click on the first corner to close the outline. Returns the live area text
 * read just before closing.
 */
export async function drawPolygonWithMouse(page: Page, corners: LonLat[]): Promise<{ liveAreaBeforeClosing: string }> {
  await page.getByTestId('draw-start').click()
  await clickCorners(page, corners)
  const first = await screenPoint(page, corners[0]!)
  await page.mouse.move(first.x, first.y, { steps: 4 })
  const liveAreaBeforeClosing = (await page.getByTestId('draw-area').textContent()) ?? ''
  await page.mouse.click(first.x, first.y)
  return { liveAreaBeforeClosing }
}

/** A rectangle's corners, counter-clockwise from the south-west. */
export function rectangle(west: number, south: number, east: number, north: number): LonLat[] {
  return [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
  ]
}

import { describe, expect, it } from 'vitest'
import { inAppPath, type LinkClick } from './link-click.ts'

const ORIGIN = 'http://127.0.0.1:8787'
const plain: LinkClick = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false, link: { href: `${ORIGIN}/methodologies`, target: '', download: false } }

describe('inAppPath', () => {
  it('takes a plain left click on a same-origin page link, with its query and hash', () => {
    expect(inAppPath(plain, ORIGIN)).toBe('/methodologies')
    expect(inAppPath({ ...plain, link: { ...plain.link!, href: `${ORIGIN}/methodologies/x?tab=inputs#units` } }, ORIGIN)).toBe('/methodologies/x?tab=inputs#units')
    expect(inAppPath({ ...plain, link: { ...plain.link!, target: '_self' } }, ORIGIN)).toBe('/methodologies')
  })

  it('leaves new tabs, windows and handled clicks to the browser', () => {
    for (const click of [
      { ...plain, button: 1 },
      { ...plain, metaKey: true },
      { ...plain, ctrlKey: true },
      { ...plain, shiftKey: true },
      { ...plain, altKey: true },
      { ...plain, defaultPrevented: true },
      { ...plain, link: { ...plain.link!, target: '_blank' } },
      { ...plain, link: { ...plain.link!, download: true } },
      { ...plain, link: null },
    ]) {
      expect(inAppPath(click, ORIGIN)).toBeUndefined()
    }
  })

  it('leaves other origins, the API and files (reports, downloads) to the browser', () => {
    for (const href of ['https://example.org/methodologies', 'http://127.0.0.1:9999/', `${ORIGIN}/api/v1/reports/x.pdf`, `${ORIGIN}/api`, `${ORIGIN}/basemap/land.geojson`, 'mailto:a@b.c', 'not a url']) {
      expect(inAppPath({ ...plain, link: { ...plain.link!, href } }, ORIGIN), href).toBeUndefined()
    }
  })
})

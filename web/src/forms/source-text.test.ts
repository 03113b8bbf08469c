import { describe, expect, it } from 'vitest'
import { sourceText } from './source-text.ts'

describe('sourceText', () => {
  it('lists id, document, locator, status, note and URL on separate lines', () => {
    const text = sourceText(
      { id: 'S1', document: 'CDM AR-AM0014 v03.0', locator: 'Eq. 4, dSOC default', url: 'https://cdm.unfccc.int/x', status: 'primary', note: 'tidal flats' },
      'zh',
    )
    expect(text).toBe('S1 · CDM AR-AM0014 v03.0\nEq. 4, dSOC default\n(原始文献)\ntidal flats\nhttps://cdm.unfccc.int/x')
  })

  it('says plainly when a default is an assumption', () => {
    expect(sourceText({ document: 'Baseline removals taken as zero on bare land', status: 'assumption' }, 'en')).toBe('Baseline removals taken as zero on bare land\n(assumption)')
  })

  it('shows an unknown status as given', () => {
    expect(sourceText({ document: 'X', status: 'hearsay' }, 'en')).toBe('X\n(hearsay)')
  })
})

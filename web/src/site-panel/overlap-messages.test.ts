import { describe, expect, it } from 'vitest'
import { overlapLines } from './overlap-messages.ts'

const base = { siteId: 's1', siteName: '高桥英罗港湾顶滩涂', projectId: 'p1', projectName: '廉江高桥红树林造林项目', private: false, projectStatus: 'registered', overlapHa: 3.456, shareOfSite: 0.2876, blocksSubmission: true }

describe('overlapLines', () => {
  it('names the area, the share of this site and the other project', () => {
    // 3.456 ha → "3.46 ha"; 0.2876 → 28.76 % → "28.8 %"
    expect(overlapLines([base], 'en')).toEqual([
      {
        text: 'Overlaps 3.46 ha (28.8 % of this site) with “高桥英罗港湾顶滩涂” of project “廉江高桥红树林造林项目”. That project claims the land: this overlap counts against submission.',
        blocks: true,
      },
    ])
  })

  it('writes Chinese with the unit in Chinese', () => {
    expect(overlapLines([{ ...base, blocksSubmission: false }], 'zh')[0]!.text).toBe('与项目“廉江高桥红树林造林项目”的地块“高桥英罗港湾顶滩涂”重叠 3.46 公顷（占本地块 28.8 %）。')
  })

  it('does not name another organisation\'s draft', () => {
    const hidden = { ...base, siteId: null, siteName: null, projectId: null, projectName: '另一项目（未公开）', private: true, blocksSubmission: false }
    expect(overlapLines([hidden], 'zh')[0]!.text).toBe('与另一项目（未公开）重叠 3.46 公顷（占本地块 28.8 %）。')
  })
})

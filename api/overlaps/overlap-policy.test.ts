import { describe, expect, it } from 'vitest'
import { blockingShare, describeOverlaps, exceedsOverlapLimit, type OverlapFacts } from './overlap-policy.ts'

const box = (lon: number, lat: number, dLon: number, dLat: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[lon, lat], [lon + dLon, lat], [lon + dLon, lat + dLat], [lon, lat + dLat], [lon, lat]]],
})

const OURS = 'org-ours'
const fact = (over: Partial<OverlapFacts>): OverlapFacts => ({
  siteId: 's1',
  siteName: 'Other site',
  projectId: 'p1',
  projectName: 'Other project',
  organisationId: 'org-other',
  projectStatus: 'registered',
  intersection: box(110, 21, 0.001, 0.01),
  ...over,
})

// The site checked is the 0.01° box at 110°E 21°N: 115.4272 ha. A 0.001° × 0.01° strip of it is
// a tenth of Δλ, so a tenth of the area: 11.54272 ha, share 0.1.
const SITE_HA = 115.4272455

describe('describeOverlaps', () => {
  it('gives the overlap area on the sphere and its share of the site', () => {
    const [o] = describeOverlaps([fact({})], SITE_HA, { organisationId: OURS, isAdmin: false, locale: 'en' })
    expect(o!.overlapHa).toBeCloseTo(11.54272, 4)
    expect(o!.shareOfSite).toBeCloseTo(0.1, 6)
    expect(o).toMatchObject({ siteId: 's1', projectName: 'Other project', private: false, blocksSubmission: true })
  })

  it('hides names and ids of another organisation\'s draft, in the caller\'s language, and does not block on it', () => {
    const [en] = describeOverlaps([fact({ projectStatus: 'draft' })], SITE_HA, { organisationId: OURS, isAdmin: false, locale: 'en' })
    expect(en).toMatchObject({ siteId: null, siteName: null, projectId: null, projectName: 'another project (private)', private: true, projectStatus: null, blocksSubmission: false })
    const [zh] = describeOverlaps([fact({ projectStatus: 'draft' })], SITE_HA, { organisationId: OURS, isAdmin: false, locale: 'zh' })
    expect(zh!.projectName).toBe('另一项目（未公开）')
    const [own] = describeOverlaps([fact({ projectStatus: 'draft', organisationId: OURS })], SITE_HA, { organisationId: OURS, isAdmin: false, locale: 'en' })
    expect(own).toMatchObject({ projectName: 'Other project', private: false })
    const [admin] = describeOverlaps([fact({ projectStatus: 'draft' })], SITE_HA, { organisationId: 'x', isAdmin: true, locale: 'en' })
    expect(admin!.private).toBe(false)
  })

  it('drops neighbours that only share an edge, and rejected projects do not block', () => {
    const rows = [fact({ intersection: null }), fact({ siteId: 's2', projectStatus: 'rejected' })]
    const out = describeOverlaps(rows, SITE_HA, { organisationId: OURS, isAdmin: false, locale: 'en' })
    expect(out.map((o) => [o.siteId, o.blocksSubmission])).toEqual([['s2', false]])
  })

  it('sums blocking shares against the threshold', () => {
    // Two claimed strips of 0.1 each and a private draft: blocking share 0.2 > 0.01.
    const out = describeOverlaps([fact({}), fact({ siteId: 's2', projectStatus: 'submitted' }), fact({ siteId: 's3', projectStatus: 'draft' })], SITE_HA, { organisationId: OURS, isAdmin: false, locale: 'en' })
    expect(blockingShare(out)).toBeCloseTo(0.2, 6)
    expect(exceedsOverlapLimit(out, 0.01)).toBe(true)
    expect(exceedsOverlapLimit(out, 0.25)).toBe(false)
  })
})

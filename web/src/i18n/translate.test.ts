import { describe, expect, it } from 'vitest'
import { en } from './en.ts'
import { isMessageKey, mapLibreLocale, translate } from './translate.ts'
import { zh } from './zh.ts'

describe('translate', () => {
  it('returns the string of the chosen language', () => {
    expect(translate('en', 'Auth.Login')).toBe('Log in')
    expect(translate('zh', 'Auth.Login')).toBe('登录')
  })

  it('fills placeholders', () => {
    expect(translate('en', 'Auth.RateLimited', { seconds: 30 })).toBe('Too many attempts. Try again in 30 s.')
    expect(translate('zh', 'Legend.SitesInView', { count: 4 })).toBe('视图内地块：4')
  })

  it('leaves a placeholder visible when its value is missing', () => {
    expect(translate('en', 'Legend.SitesInView')).toBe('Sites in view: {count}')
  })

  it('recognises only known keys', () => {
    expect(isMessageKey('Role.owner')).toBe(true)
    expect(isMessageKey('Role.pirate')).toBe(false)
    expect(isMessageKey('toString')).toBe(false)
  })
})

describe('dictionaries', () => {
  it('zh and en carry the same keys, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort())
    for (const value of [...Object.values(zh), ...Object.values(en)]) expect(value.trim()).not.toBe('')
  })

  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(names(zh[key])).toEqual(names(en[key]))
  })

  it('hand MapLibre only its own namespaces', () => {
    const locale = mapLibreLocale('zh')
    expect(locale['NavigationControl.ZoomIn']).toBe('放大')
    expect(locale['Popup.Close']).toBe('关闭弹窗')
    expect(locale['Auth.Login']).toBeUndefined()
  })
})

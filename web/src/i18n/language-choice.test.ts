import { describe, expect, it } from 'vitest'
import { LANGUAGE_STORAGE_KEY, LanguageStore, acceptLanguageFor, chooseLanguage, type KeyValueStorage } from './language-choice.ts'

/** A Web Storage stand-in backed by a Map (the browser API, not our domain). */
function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial))
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) }
}

describe('chooseLanguage', () => {
  it('prefers the remembered choice', () => {
    expect(chooseLanguage('en', ['zh-CN'])).toBe('en')
  })

  it('ignores a remembered value that is not a language we have', () => {
    expect(chooseLanguage('fr', ['en-GB'])).toBe('en')
  })

  it('takes the first preferred browser language we have', () => {
    expect(chooseLanguage(null, ['fr-FR', 'zh-Hans-CN', 'en'])).toBe('zh')
    expect(chooseLanguage(null, ['EN-us'])).toBe('en')
  })

  it('falls back to Chinese', () => {
    expect(chooseLanguage(null, ['de', 'ja'])).toBe('zh')
    expect(chooseLanguage(null, [])).toBe('zh')
  })
})

describe('acceptLanguageFor', () => {
  it('names the header values the API understands', () => {
    expect(acceptLanguageFor('zh')).toBe('zh-CN')
    expect(acceptLanguageFor('en')).toBe('en')
  })
})

describe('LanguageStore', () => {
  it('remembers a change and announces it', () => {
    const storage = memoryStorage()
    const store = new LanguageStore(storage, ['zh-CN'])
    const seen: string[] = []
    store.onChange((lang) => seen.push(lang))
    store.set('en')
    expect(store.lang).toBe('en')
    expect(storage.data.get(LANGUAGE_STORAGE_KEY)).toBe('en')
    expect(seen).toEqual(['en'])
  })

  it('starts from what an earlier page remembered', () => {
    const store = new LanguageStore(memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'en' }), ['zh-CN'])
    expect(store.lang).toBe('en')
  })

  it('does not announce a non-change', () => {
    const store = new LanguageStore(memoryStorage(), ['zh'])
    let calls = 0
    store.onChange(() => calls++)
    store.set('zh')
    expect(calls).toBe(0)
  })

  it('still switches when storage refuses to write', () => {
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    const store = new LanguageStore(refusing, ['en'])
    expect(store.lang).toBe('en')
    store.set('zh')
    expect(store.lang).toBe('zh')
  })
})

import { createEmitter, type Unsubscribe } from '../util/emitter.ts'
import { LANGUAGES, type Lang } from './translate.ts'

/** localStorage key under which the chosen language is remembered. */
export const LANGUAGE_STORAGE_KEY = 'bluecarbon.lang'

const isLang = (value: unknown): value is Lang => LANGUAGES.includes(value as Lang)

/**
 * The language to start in: the remembered choice if it is valid, else the
 * first of the browser's preferred languages we have, else Chinese (the
 * platform's home audience is in Guangdong).
 */
export function chooseLanguage(remembered: string | null, preferred: readonly string[]): Lang {
  if (isLang(remembered)) return remembered
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0]
    if (isLang(primary)) return primary
  }
  return 'zh'
}

/** The Accept-Language header the API expects for a UI language. */
export function acceptLanguageFor(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en'
}

/** The part of the Web Storage API this module needs. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>

/**
 * The current UI language, remembered in storage. Storage can throw (private
 * mode, disabled cookies); the choice then lasts for the page only.
 */
export class LanguageStore {
  #lang: Lang
  readonly #storage: KeyValueStorage
  readonly #changes = createEmitter<Lang>()

  constructor(storage: KeyValueStorage, preferred: readonly string[]) {
    this.#storage = storage
    let remembered: string | null = null
    try {
      remembered = storage.getItem(LANGUAGE_STORAGE_KEY)
    } catch {
      remembered = null
    }
    this.#lang = chooseLanguage(remembered, preferred)
  }

  get lang(): Lang {
    return this.#lang
  }

  set(lang: Lang): void {
    if (lang === this.#lang) return
    this.#lang = lang
    try {
      this.#storage.setItem(LANGUAGE_STORAGE_KEY, lang)
    } catch {
      // Not remembered across reloads; the page still switches.
    }
    this.#changes.emit(lang)
  }

  onChange(listener: (lang: Lang) => void): Unsubscribe {
    return this.#changes.on(listener)
  }
}

import { LANGUAGES, translate } from '../i18n/translate.ts'
import { useLang } from './hooks.ts'
import { useServices } from './services.ts'

/** 中文 | EN toggle buttons; the choice is remembered by the LanguageStore. */
export function LanguageSwitch() {
  const { store } = useServices()
  const current = useLang()
  return (
    <div class="bc-language" role="group" aria-label={translate(current, 'Language.Label')}>
      {LANGUAGES.map((lang) => (
        // Each button is labelled in its own language, so it reads right to anyone looking for it.
        <button key={lang} type="button" lang={lang} data-testid={`language-${lang}`} aria-pressed={lang === current} onClick={() => store.set(lang)}>
          {translate(lang, `Language.${lang}`)}
        </button>
      ))}
    </div>
  )
}

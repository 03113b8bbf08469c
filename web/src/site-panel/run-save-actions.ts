import { formatDateTime } from '../format/date.ts'
import { translate, type Lang } from '../i18n/translate.ts'
import { el, tagged } from '../util/dom.ts'

/** Which request is under way; both buttons wait while one is. */
export type Busy = 'run' | 'save' | undefined

/**
 * The Run and Save buttons and the status line under a generated form, as the
 * estimate and the valuation sections show them: Run computes, Save computes
 * and stores against the site, one request at a time. The section decides what
 * the status says (`showRecord` words the usual saved / not-saved line); this
 * class owns the elements and their listeners.
 */
export class RunSaveActions {
  /** The two buttons. */
  readonly element = el('div', 'bc-actions')
  /** Placed by the section, usually right below `element`. */
  readonly statusLine: HTMLParagraphElement
  readonly #run: HTMLButtonElement
  readonly #save: HTMLButtonElement
  readonly #onRun: () => void
  readonly #onSave: () => void

  /**
   * @param testIdPrefix gives `<prefix>-run`, `<prefix>-save` and `<prefix>-status`
   * @param submit called with `true` for Save, `false` for Run
   */
  constructor(testIdPrefix: string, submit: (save: boolean) => void) {
    this.#run = tagged('button', 'bc-primary', `${testIdPrefix}-run`)
    this.#save = tagged('button', '', `${testIdPrefix}-save`)
    this.statusLine = tagged('p', 'bc-status', `${testIdPrefix}-status`)
    this.#run.type = 'button'
    this.#save.type = 'button'
    this.element.append(this.#run, this.#save)
    this.statusLine.setAttribute('aria-live', 'polite')
    this.#onRun = () => submit(false)
    this.#onSave = () => submit(true)
    this.#run.addEventListener('click', this.#onRun)
    this.#save.addEventListener('click', this.#onSave)
  }

  destroy(): void {
    this.#run.removeEventListener('click', this.#onRun)
    this.#save.removeEventListener('click', this.#onSave)
  }

  /**
   * @param namespace the message namespace holding Run, Running, Save and Saving
   * @param state.ready whether there is a form to submit
   * @param state.saveTitle why Save is disabled ('' when it is not)
   */
  render(lang: Lang, namespace: 'Estimate' | 'Value', state: { busy: Busy; ready: boolean; canSave: boolean; saveTitle: string }): void {
    this.#run.textContent = translate(lang, state.busy === 'run' ? `${namespace}.Running` : `${namespace}.Run`)
    this.#run.disabled = !state.ready || state.busy !== undefined
    this.#save.textContent = translate(lang, state.busy === 'save' ? `${namespace}.Saving` : `${namespace}.Save`)
    this.#save.disabled = !state.ready || !state.canSave || state.busy !== undefined
    this.#save.title = state.saveTitle
  }

  showStatus(text: string, error: boolean): void {
    this.statusLine.textContent = text
    this.statusLine.className = error ? 'bc-status bc-error' : 'bc-status'
  }

  /**
   * The status line when nothing went wrong: which stored record the result
   * is (its time and the start of its content hash), else that the result
   * shown is not stored yet, else nothing.
   */
  showRecord(lang: Lang, namespace: 'Estimate' | 'Value', saved: { createdAt: string; contentHash: string } | undefined, hasResult: boolean): void {
    if (saved) this.showStatus(translate(lang, `${namespace}.SavedAt`, { time: formatDateTime(saved.createdAt, lang), hash: saved.contentHash.slice(0, 12) }), false)
    else this.showStatus(hasResult ? translate(lang, `${namespace}.NotSaved`) : '', false)
  }
}

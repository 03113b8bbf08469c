import type { MessageKey } from '../i18n/en.ts'
import { translate, type Lang, type MessageParams } from '../i18n/translate.ts'
import { formatDateTime } from '../format/date.ts'
import { errorText } from './error-text.ts'
import { RunSaveActions, type Busy } from './run-save-actions.ts'

/** The status line: a message key (re-read in a new language) or a text the server wrote. */
export type Status = ({ key: MessageKey; params?: MessageParams } | { text: string }) & { error: boolean }

/** What the status line says when nothing is under way or wrong. */
export type ShownRecord = {
  /** The stored record on display, if any (its time and content hash are shown). */
  saved: { createdAt: string; contentHash: string } | undefined
  /** When the result shown was loaded from storage rather than just computed. */
  loadedAt: string | undefined
  hasResult: boolean
}

/**
 * The load / run / save / status cycle that the estimate and the valuation
 * sections share: a generation counter so that an answer for an older
 * subject (another site, another methodology) is dropped, one request at a
 * time, failures turned into the status line in the user's language, and the
 * Run and Save buttons with their status line (RunSaveActions). The section
 * keeps only what differs: what it loads, how it builds its form, what it
 * sends.
 */
export class RunSaveCycle {
  readonly actions: RunSaveActions
  status: Status | undefined
  readonly #namespace: 'Estimate' | 'Value'
  readonly #lang: () => Lang
  readonly #render: () => void
  #generation = 0
  #busy: Busy

  /**
   * @param namespace holds Run, Running, Save, Saving, SavedAt, NotSaved, ShowingSaved
   * @param submit the section's Run (`false`) and Save (`true`)
   * @param render re-renders the section; called whenever the cycle's state changes
   */
  constructor(testIdPrefix: string, namespace: 'Estimate' | 'Value', options: { lang: () => Lang; submit: (save: boolean) => void; render: () => void }) {
    this.#namespace = namespace
    this.#lang = options.lang
    this.#render = options.render
    this.actions = new RunSaveActions(testIdPrefix, options.submit)
  }

  destroy(): void {
    this.actions.destroy()
  }

  get busy(): Busy {
    return this.#busy
  }

  /**
   * A new subject (target, shape, methodology): answers still under way for
   * the old one will be dropped, and the buttons are free again.
   */
  restart(): number {
    this.#busy = undefined
    return ++this.#generation
  }

  /** Whether `generation` is still the subject on display. */
  isCurrent(generation: number): boolean {
    return generation === this.#generation
  }

  /**
   * Loads for the current subject. `task` checks `stale()` after each await
   * and stops when it is true; a failure while still current becomes the
   * status line (the server's detail, else `failed`).
   */
  async load(failed: MessageKey, task: (stale: () => boolean) => Promise<void>, generation = this.#generation): Promise<void> {
    try {
      await task(() => !this.isCurrent(generation))
    } catch (error) {
      if (!this.isCurrent(generation)) return
      this.status = { text: errorText(error, this.#lang(), failed), error: true }
      this.#render()
    }
  }

  /**
   * Runs or saves: one request at a time, buttons busy meanwhile. `request`
   * applies its answer unless `stale()`; on failure `describe` (placing field
   * errors in the form as it likes) returns the status text, or undefined for
   * the server's detail (else `failed`).
   */
  async submit(save: boolean, failed: MessageKey, request: (stale: () => boolean) => Promise<void>, describe: (error: unknown) => string | undefined = () => undefined): Promise<void> {
    if (this.#busy) return
    const generation = this.#generation
    const stale = () => !this.isCurrent(generation)
    this.#busy = save ? 'save' : 'run'
    this.status = undefined
    this.#render()
    try {
      await request(stale)
    } catch (error) {
      if (stale()) return
      this.status = { text: describe(error) ?? errorText(error, this.#lang(), failed), error: true }
    } finally {
      if (!stale()) {
        this.#busy = undefined
        this.#render()
      }
    }
  }

  /** The buttons and the status line: a problem, else which stored record is shown, else that the result is not stored. */
  render(state: { ready: boolean; canSave: boolean; saveTitle: string }, record: ShownRecord): void {
    const lang = this.#lang()
    this.actions.render(lang, this.#namespace, { busy: this.#busy, ...state })
    const status = this.status
    if (status) this.actions.showStatus('text' in status ? status.text : translate(lang, status.key, status.params), status.error)
    else if (record.loadedAt) this.actions.showStatus(translate(lang, `${this.#namespace}.ShowingSaved`, { time: formatDateTime(record.loadedAt, lang) }), false)
    else this.actions.showRecord(lang, this.#namespace, record.saved, record.hasResult)
  }
}

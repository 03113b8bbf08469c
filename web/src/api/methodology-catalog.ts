import type { Http } from './http.ts'
import { getMethodology, listMethodologies, type MethodologyDetail, type MethodologySummary } from './methodologies.ts'

/**
 * Methodologies fetched once per page: specs change only with a new server
 * version, and every site panel asks for the same few.
 */
export class MethodologyCatalog {
  readonly #http: Http
  #list: Promise<MethodologySummary[]> | undefined
  readonly #details = new Map<string, Promise<MethodologyDetail>>()

  constructor(http: Http) {
    this.#http = http
  }

  list(): Promise<MethodologySummary[]> {
    this.#list ??= listMethodologies(this.#http).catch((error: unknown) => {
      this.#list = undefined
      throw error
    })
    return this.#list
  }

  detail(id: string): Promise<MethodologyDetail> {
    let pending = this.#details.get(id)
    if (!pending) {
      pending = getMethodology(this.#http, id).catch((error: unknown) => {
        this.#details.delete(id)
        throw error
      })
      this.#details.set(id, pending)
    }
    return pending
  }
}

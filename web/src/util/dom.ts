/** A new element with a class and, optionally, its text (never markup: user data stays text). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

/** A new element with a class and a `data-testid`, the handle the browser suite uses. */
export function tagged<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, testId: string | undefined): HTMLElementTagNameMap[K] {
  const node = el(tag, className)
  if (testId) node.dataset.testid = testId
  return node
}

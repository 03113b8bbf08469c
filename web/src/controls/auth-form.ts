/** The DOM of the auth control; text is filled in by AuthControl so it can follow the language. */
export interface AuthElements {
  root: HTMLElement
  openButton: HTMLButtonElement
  form: HTMLFormElement
  emailLabel: HTMLSpanElement
  email: HTMLInputElement
  passwordLabel: HTMLSpanElement
  password: HTMLInputElement
  submit: HTMLButtonElement
  cancel: HTMLButtonElement
  error: HTMLElement
  userBox: HTMLElement
  userName: HTMLElement
  userDetail: HTMLElement
  logoutButton: HTMLButtonElement
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, testId?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  node.className = className
  if (testId) node.dataset.testid = testId
  return node
}

function labelled(text: HTMLSpanElement, input: HTMLInputElement): HTMLLabelElement {
  const label = el('label', 'bc-auth-field')
  label.append(text, input)
  return label
}

export function buildAuthElements(): AuthElements {
  const root = el('div', 'maplibregl-ctrl maplibregl-ctrl-group bc-auth')
  const openButton = el('button', 'bc-auth-open', 'login-open')
  openButton.type = 'button'

  const form = el('form', 'bc-auth-form', 'login-form')
  const email = el('input', '', 'login-email')
  Object.assign(email, { type: 'email', name: 'email', autocomplete: 'username', required: true })
  const password = el('input', '', 'login-password')
  Object.assign(password, { type: 'password', name: 'password', autocomplete: 'current-password', required: true })
  const emailLabel = el('span', '')
  const passwordLabel = el('span', '')
  const submit = el('button', 'bc-primary', 'login-submit')
  submit.type = 'submit'
  const cancel = el('button', '', 'login-cancel')
  cancel.type = 'button'
  const error = el('p', 'bc-auth-error', 'login-error')
  error.setAttribute('role', 'alert')
  const actions = el('div', 'bc-auth-actions')
  actions.append(submit, cancel)
  form.append(labelled(emailLabel, email), labelled(passwordLabel, password), error, actions)

  const userBox = el('div', 'bc-auth-user', 'user-box')
  const userName = el('strong', '', 'user-name')
  const userDetail = el('span', 'bc-auth-detail', 'user-detail')
  const logoutButton = el('button', '', 'logout')
  logoutButton.type = 'button'
  userBox.append(userName, userDetail, logoutButton)

  root.append(openButton, form, userBox)
  return { root, openButton, form, emailLabel, email, passwordLabel, password, submit, cancel, error, userBox, userName, userDetail, logoutButton }
}

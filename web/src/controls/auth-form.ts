import { el, tagged } from '../util/dom.ts'

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

function labelled(text: HTMLSpanElement, input: HTMLInputElement): HTMLLabelElement {
  const label = el('label', 'bc-auth-field')
  label.append(text, input)
  return label
}

export function buildAuthElements(): AuthElements {
  const root = el('div', 'maplibregl-ctrl maplibregl-ctrl-group bc-auth')
  const openButton = tagged('button', 'bc-auth-open', 'login-open')
  openButton.type = 'button'

  const form = tagged('form', 'bc-auth-form', 'login-form')
  const email = tagged('input', '', 'login-email')
  Object.assign(email, { type: 'email', name: 'email', autocomplete: 'username', required: true })
  const password = tagged('input', '', 'login-password')
  Object.assign(password, { type: 'password', name: 'password', autocomplete: 'current-password', required: true })
  const emailLabel = el('span')
  const passwordLabel = el('span')
  const submit = tagged('button', 'bc-primary', 'login-submit')
  submit.type = 'submit'
  const cancel = tagged('button', '', 'login-cancel')
  cancel.type = 'button'
  const error = tagged('p', 'bc-auth-error', 'login-error')
  error.setAttribute('role', 'alert')
  const actions = el('div', 'bc-auth-actions')
  actions.append(submit, cancel)
  form.append(labelled(emailLabel, email), labelled(passwordLabel, password), error, actions)

  const userBox = tagged('div', 'bc-auth-user', 'user-box')
  const userName = tagged('strong', '', 'user-name')
  const userDetail = tagged('span', 'bc-auth-detail', 'user-detail')
  const logoutButton = tagged('button', '', 'logout')
  logoutButton.type = 'button'
  userBox.append(userName, userDetail, logoutButton)

  root.append(openButton, form, userBox)
  return { root, openButton, form, emailLabel, email, passwordLabel, password, submit, cancel, error, userBox, userName, userDetail, logoutButton }
}

// Sign-in: the form posts the user name and password to the token issuer's /token — or, when the pages are given an
// OpenID client (Keycloak), one button sends the user to the provider's page (oidc.js); either way the token is kept
// for this tab and the user lands on the page of their role.

import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { requestToken, demoAccounts, oidcSettings } from '../api.js';
import { beginSignIn, completeSignIn, pendingReturn } from '../oidc.js';
import { currentUser, startSession, homeRoute } from '../session.js';
import { field, languageButton } from '../components.js';

export async function signInView({ main, query }) {
  const existing = currentUser();
  if (existing) {
    location.replace(homeRoute(existing));
    return;
  }
  const oidc = oidcSettings();
  if (oidc) {
    await providerSignIn(main, query, oidc);
    return;
  }
  const username = h('input#username', { name: 'username', autocomplete: 'username', required: true,
    autocapitalize: 'none', spellcheck: 'false' });
  const password = h('input#password', { name: 'password', type: 'password', autocomplete: 'current-password',
    required: true });
  const message = h('div', { 'aria-live': 'assertive' });
  const submit = h('button.primary', { type: 'submit', 'data-testid': 'sign-in' }, t('signin.submit'));

  const form = h('form', { novalidate: true, onsubmit: async event => {
    event.preventDefault();
    message.replaceChildren();
    const missing = [username, password].filter(input => !input.value);
    [username, password].forEach(input => input.removeAttribute('aria-invalid'));
    if (missing.length) {
      missing.forEach(input => input.setAttribute('aria-invalid', 'true'));
      message.replaceChildren(h('div.problem', { role: 'alert', 'data-testid': 'sign-in-error' },
        missing.map(input => h('p', {}, `${input.labels[0].textContent}: ${t('signin.required')}`))));
      missing[0].focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = t('signin.busy');
    try {
      land(startSession(await requestToken(username.value.trim(), password.value)));
    } catch (error) {
      const text = error.status === 401 || error.status === 400 ? t('signin.failed')
        : t('signin.unreachable', { url: new URL(document.baseURI).host });
      message.replaceChildren(h('div.problem', { role: 'alert', 'data-testid': 'sign-in-error' }, h('p', {}, text)));
      password.select();
      password.focus();
    } finally {
      submit.disabled = false;
      submit.textContent = t('signin.submit');
    }
  } },
  field(t('signin.username'), username),
  field(t('signin.password'), password),
  submit);

  const demo = demoAccounts();
  showCard(main, query, message, form,
      demo ? h('div.demo-users', {},
        h('p', {}, t('signin.demo', { password: demo.password })),
        h('ul', {}, demo.users.map(name => h('li', {}, h('button.link', { type: 'button', onclick: () => {
          username.value = name;
          password.value = demo.password;
          submit.focus();
        } }, h('code', {}, name)))))) : null);
  username.focus();
}

/** To the page the user was sent away from, or their role's. */
function land(user) {
  const next = sessionStorage.getItem('taphuan.next');
  sessionStorage.removeItem('taphuan.next');
  location.hash = next && next !== '#/sign-in' ? next : homeRoute(user);
}

/** The sign-in card, whichever way the user signs in: its title, any notice, the messages and what to press. */
function showCard(main, query, message, ...controls) {
  replace(main, h('div.signin', {},
    h('section.card', {},
      h('h1', {}, `${t('app.name')} — ${t('signin.title')}`),
      h('p.muted', {}, t('signin.intro')),
      notice(query),
      message,
      ...controls,
      h('div.lang-switch', {}, languageButton()))));
}

function notice(query) {
  return query.expired ? h('div.notice', { role: 'status' }, t('signin.expired'))
    : query.signedOut ? h('div.success', { role: 'status' }, t('signin.signedOut')) : null;
}

/** One button to the provider's sign-in page; back from it, the code exchanged for the token, or why not. */
async function providerSignIn(main, query, oidc) {
  const message = h('div', { 'aria-live': 'assertive' });
  const button = h('button.primary', { type: 'button', 'data-testid': 'sign-in', onclick: async () => {
    button.disabled = true;
    button.textContent = t('signin.redirecting');
    try {
      await beginSignIn(oidc);
    } catch {
      failed(t('signin.unreachable', { url: new URL(oidc.issuer).host }));
    }
  } }, t('signin.submit'));
  const failed = text => {
    message.replaceChildren(h('div.problem', { role: 'alert', 'data-testid': 'sign-in-error' }, h('p', {}, text)));
    button.disabled = false;
    button.textContent = t('signin.retry');
    button.focus();
  };
  showCard(main, query, message, button);
  const answer = pendingReturn();
  if (!answer) {
    button.focus();
    return;
  }
  button.disabled = true;
  button.textContent = t('signin.busy');
  try {
    land(startSession(await completeSignIn(oidc, answer)));
  } catch (error) {
    failed(error.reason === 'state' ? t('signin.stateMismatch')
      : error.reason === 'provider' ? t('signin.refused', { detail: error.detail })
        : t('signin.unreachable', { url: new URL(oidc.issuer).host }));
  }
}

// The pieces of the sign-in with the authorization code and PKCE that need no browser: the challenge, the addresses,
// and the exchange of the code with its refusals (sessionStorage and fetch stood in for).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const js = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../main/resources/META-INF/resources/assets/js');
const { challengeOf, randomString, authorizationUrl, logoutUrl, redirectUri, completeSignIn } =
  await import(path.join(js, 'oidc.js'));

// what beginSignIn leaves in the tab's sessionStorage before it leaves for the provider
const stored = new Map();
globalThis.sessionStorage = {
  getItem: key => stored.get(key) ?? null,
  setItem: (key, value) => stored.set(key, String(value)),
  removeItem: key => stored.delete(key),
};
function pending() {
  stored.set('taphuan.oidc', JSON.stringify({ verifier: 'the-verifier', state: 'the-state',
    redirectUri: 'http://localhost:8084/' }));
}
const OIDC = { issuer: 'http://localhost:8080/realms/taphuan', clientId: 'taphuan-dashboards' };

const ISSUER = 'http://localhost:8080/realms/taphuan';

test('the S256 challenge of the verifier of RFC 7636, appendix B, is the one the RFC gives', async () => {
  assert.equal(await challengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'),
    'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
});

test('a verifier is 43 URL-safe characters, a new one each time', () => {
  const verifier = randomString();
  assert.match(verifier, /^[A-Za-z0-9_-]{43}$/);
  assert.notEqual(randomString(), verifier);
});

test('the authorization URL asks for a code with the challenge, back to the page', () => {
  const url = new URL(authorizationUrl({ issuer: ISSUER, clientId: 'taphuan-dashboards',
    redirectUri: 'http://localhost:8084/', state: 'abc', challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM' }));
  assert.equal(url.origin + url.pathname, `${ISSUER}/protocol/openid-connect/auth`);
  assert.deepEqual(Object.fromEntries(url.searchParams), {
    client_id: 'taphuan-dashboards',
    redirect_uri: 'http://localhost:8084/',
    response_type: 'code',
    scope: 'openid',
    state: 'abc',
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    code_challenge_method: 'S256',
  });
});

test('the page comes back to its own address, without query or hash', () => {
  assert.equal(redirectUri(new URL('http://localhost:8084/index.html?code=x#/province')),
    'http://localhost:8084/index.html');
});

test('signing out ends the provider session and comes back to the page', () => {
  const url = new URL(logoutUrl({ issuer: ISSUER, clientId: 'taphuan-dashboards', idToken: 'id.token.sig',
    postLogoutRedirectUri: 'http://localhost:8084/' }));
  assert.equal(url.origin + url.pathname, `${ISSUER}/protocol/openid-connect/logout`);
  assert.deepEqual(Object.fromEntries(url.searchParams), { client_id: 'taphuan-dashboards',
    post_logout_redirect_uri: 'http://localhost:8084/', id_token_hint: 'id.token.sig' });
});

test('the code is exchanged with the verifier for the token, once', async () => {
  pending();
  const sent = [];
  const answer = await completeSignIn(OIDC, { code: 'the-code', state: 'the-state' }, async (url, request) => {
    sent.push({ url, form: Object.fromEntries(request.body) });
    return { ok: true, json: async () => ({ access_token: 'a.b.c', id_token: 'i.d.t' }) };
  });
  assert.equal(answer.access_token, 'a.b.c');
  assert.deepEqual(sent, [{ url: `${OIDC.issuer}/protocol/openid-connect/token`, form: {
    grant_type: 'authorization_code', client_id: 'taphuan-dashboards', code: 'the-code',
    code_verifier: 'the-verifier', redirect_uri: 'http://localhost:8084/' } }]);
  assert.equal(stored.has('taphuan.oidc'), false);
});

test('an answer this tab did not ask for, the provider\'s error and an unreachable provider are refused, saying which', async () => {
  const never = async () => assert.fail('no exchange');
  pending();
  await assert.rejects(completeSignIn(OIDC, { code: 'x', state: 'another-state' }, never), { reason: 'state' });
  await assert.rejects(completeSignIn(OIDC, { code: 'x', state: 'the-state' }, never), { reason: 'state' });
  pending();
  await assert.rejects(completeSignIn(OIDC, { error: 'access_denied', state: 'the-state' }, never),
    { reason: 'provider', detail: 'access_denied' });
  pending();
  await assert.rejects(completeSignIn(OIDC, { code: 'x', state: 'the-state' }, async () => {
    throw new TypeError('Failed to fetch');
  }), { reason: 'network' });
  pending();
  await assert.rejects(completeSignIn(OIDC, { code: 'x', state: 'the-state' }, async () => ({ ok: false, status: 400,
    json: async () => ({ error: 'invalid_grant', error_description: 'PKCE verification failed' }) })),
  { reason: 'provider', detail: 'PKCE verification failed' });
});

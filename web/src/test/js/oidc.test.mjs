// The pieces of the sign-in with the authorization code and PKCE that need no browser.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const js = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../main/resources/META-INF/resources/assets/js');
const { challengeOf, randomString, authorizationUrl, logoutUrl, redirectUri } = await import(path.join(js, 'oidc.js'));

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

// Sign-in at an OpenID provider (Keycloak) with the authorization code and PKCE (RFC 7636), for a public client: the
// page sends the browser to the provider with the hash of a random verifier, and exchanges the code that comes back,
// with the verifier, for the token. The verifier and the state stay in this tab's sessionStorage, so a code stolen
// on its way back is worth nothing elsewhere, and an answer this tab did not ask for is refused.

const PENDING = 'taphuan.oidc';

/** A failed sign-in: {@code reason} is 'state', 'provider' (the provider's ?error=) or 'network'. */
export class OidcError extends Error {
  constructor(reason, detail) {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
    this.reason = reason;
    this.detail = detail || null;
  }
}

function base64url(bytes) {
  let text = '';
  bytes.forEach(byte => { text += String.fromCharCode(byte); });
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A random string of URL-safe characters (43 of them for 32 bytes: a verifier of the length RFC 7636 asks). */
export function randomString(bytes = 32) {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** The S256 challenge of a verifier: BASE64URL(SHA-256(verifier)). */
export async function challengeOf(verifier) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** Where the provider sends the browser back: this page, without its query or hash. */
export function redirectUri(where = location) {
  return where.origin + where.pathname;
}

/** The provider's authorization endpoint with what a code flow with PKCE asks. */
export function authorizationUrl({ issuer, clientId, redirectUri, state, challenge }) {
  const url = new URL(`${issuer}/protocol/openid-connect/auth`);
  url.search = new URLSearchParams({
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  return url.toString();
}

/** Where signing out ends the provider's session too, then comes back to this page. */
export function logoutUrl({ issuer, clientId, idToken, postLogoutRedirectUri }) {
  const url = new URL(`${issuer}/protocol/openid-connect/logout`);
  const query = { client_id: clientId, post_logout_redirect_uri: postLogoutRedirectUri };
  // with the id token the provider ends its session without asking the user to confirm
  if (idToken) query.id_token_hint = idToken;
  url.search = new URLSearchParams(query).toString();
  return url.toString();
}

/** Sends the browser to the provider's sign-in page. */
export async function beginSignIn({ issuer, clientId }) {
  const verifier = randomString();
  const state = randomString(16);
  const back = redirectUri();
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, redirectUri: back }));
  location.assign(authorizationUrl({ issuer, clientId, redirectUri: back, state,
    challenge: await challengeOf(verifier) }));
}

let returned = null;

/**
 * Takes the provider's answer (?code&state or ?error) off the address — it must not stay in the history or be
 * bookmarked — and keeps it for the sign-in view, which the page then shows. Called once, before routing.
 */
export function takeReturn(where = location) {
  const query = new URLSearchParams(where.search);
  if (!query.has('code') && !query.has('error')) return;
  returned = Object.fromEntries(query);
  history.replaceState(null, '', `${where.pathname}#/sign-in`);
}

/** The provider's answer taken by {@link takeReturn}, once; null when there is none. */
export function pendingReturn() {
  const answer = returned;
  returned = null;
  return answer;
}

/** Checks the answer against what this tab asked, and exchanges the code for the token answer. */
export async function completeSignIn({ issuer, clientId }, answer, send = fetch) {
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  if (answer.error) throw new OidcError('provider', answer.error_description || answer.error);
  if (!pending || !answer.state || answer.state !== pending.state) throw new OidcError('state');
  let response;
  try {
    response = await send(`${issuer}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', client_id: clientId, code: answer.code,
        code_verifier: pending.verifier, redirect_uri: pending.redirectUri }),
    });
  } catch (error) {
    throw new OidcError('network', error.message);
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new OidcError('provider', body.error_description || body.error || `HTTP ${response.status}`);
  return body;
}

// Calls to the four services. Every call carries the user's bearer token; a province is named with ?tenant= (only
// the ministry analyst may name one — a province user's token decides theirs). Errors come back as problem+json
// and are thrown as ApiProblem, which the pages show field by field.

import { currentUser } from './session.js';

let config = null;
let unauthenticated = () => {};

/** Reads /web-config.json: where the services and the token issuer are. */
export async function loadConfig() {
  const response = await fetch(new URL('web-config.json', document.baseURI), { cache: 'no-store' });
  if (!response.ok) throw new Error(`web-config.json: HTTP ${response.status}`);
  config = await response.json();
  return config;
}

export function tokenEndpoint() {
  return config.tokenEndpoint;
}

/** The issuer and its client when the pages sign in with the authorization code and PKCE, else null (the form). */
export function oidcSettings() {
  return config?.oidcClientId ? { issuer: config.issuer, clientId: config.oidcClientId } : null;
}

/** The demo accounts the local stack offers on its sign-in page ({users, password}), or null elsewhere. */
export function demoAccounts() {
  const demo = config?.demo;
  return demo && Array.isArray(demo.users) && demo.users.length ? demo : null;
}

export function serviceUrl(service) {
  const base = config?.services?.[service];
  if (!base) throw new Error(`no URL for service ${service}`);
  return base;
}

/** Called when a service answers 401 (the token expired or was refused). */
export function onUnauthenticated(handler) {
  unauthenticated = handler;
}

/** Sends the user back to the sign-in page, saying the session ended. */
export function signInAgain() {
  unauthenticated();
}

/**
 * A refusal or failure, as the service described it.
 *
 * @property status   HTTP status (0 when the service could not be reached)
 * @property problem  the problem+json body: title/detail (vi), titleEn/detailEn, errors[{field, message, messageEn}]
 * @property service  which service answered
 */
export class ApiProblem extends Error {
  constructor(status, problem, service) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.service = service;
  }

  get errors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

/** The URL of `path` on `service`, with query parameters (null and '' values left out). */
export function url(service, path, query = {}) {
  const target = new URL(serviceUrl(service) + path);
  for (const [name, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') target.searchParams.set(name, value);
  }
  return target;
}

/**
 * One API call. Options: method, query, json (a body to send as JSON), body (sent as is), headers, ifMatch (the
 * version of the resource as read — its `version`, also its ETag — for a write that changes it; a stale one is
 * refused with 412, a missing one with 428), raw (return the Response itself).
 */
export async function call(service, path, options = {}) {
  const { method = 'GET', query = {}, json, headers = {}, ifMatch, raw = false } = options;
  let { body } = options;
  const user = currentUser();
  const allHeaders = { Accept: 'application/json, application/problem+json', ...headers };
  if (user) allHeaders.Authorization = `Bearer ${user.token}`;
  if (ifMatch !== undefined && ifMatch !== null) allHeaders['If-Match'] = `"${ifMatch}"`;
  if (json !== undefined) {
    allHeaders['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  }
  let response;
  try {
    response = await fetch(url(service, path, query), { method, headers: allHeaders, body });
  } catch (networkError) {
    throw new ApiProblem(0, null, service);
  }
  if (response.status === 401) {
    unauthenticated();
    throw new ApiProblem(401, await readBody(response), service);
  }
  if (!response.ok) {
    throw new ApiProblem(response.status, await readBody(response), service);
  }
  if (raw) return response;
  if (response.status === 204) return null;
  return readBody(response);
}

async function readBody(response) {
  const text = await response.text();
  if (!text) return null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return { detail: text };
    }
  }
  return { detail: text };
}

export const get = (service, path, query) => call(service, path, { query });
export const post = (service, path, json, query) => call(service, path, { method: 'POST', json, query });
/**
 * A POST creating something, safe to send again: `key` (one per form filled in, see `requestKey`) travels as
 * Idempotency-Key, so a request repeated after its answer was lost creates nothing more.
 */
export const postOnce = (service, path, json, key) =>
  call(service, path, { method: 'POST', json, headers: { 'Idempotency-Key': key } });

/** A new key for `postOnce`: random, and available on plain http too (crypto.randomUUID is not). */
export function requestKey() {
  return [...crypto.getRandomValues(new Uint8Array(16))].map(b => b.toString(16).padStart(2, '0')).join('');
}

/** A POST changing a resource read at `version` (sent as If-Match). */
export const postAt = (service, path, version, json) => call(service, path, { method: 'POST', json, ifMatch: version });

/**
 * Downloads a file (an Excel report, an error workbook) with the token in the Authorization header — not in the
 * URL, where it would end up in logs and the browser history — and hands it to the browser as a download.
 */
export async function download(service, path, query = {}, fallbackName = 'bao-cao.xlsx') {
  const response = await call(service, path, { query, raw: true,
    headers: { Accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, text/csv, */*' } });
  const blob = await response.blob();
  const name = fileName(response.headers.get('Content-Disposition')) || fallbackName;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  return { name, size: blob.size };
}

function fileName(disposition) {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) return decodeURIComponent(encoded[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : null;
}

/** Signs in at the token issuer with the form's user name and password. */
export async function requestToken(username, password) {
  const response = await fetch(config.tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', username, password }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiProblem(response.status, body, 'issuer');
  return body;
}

/** An EventSource URL: a browser's EventSource cannot send headers, so the token rides as ?access_token=. */
export function streamUrl(service, path, query = {}) {
  const user = currentUser();
  return url(service, path, { ...query, access_token: user?.token }).toString();
}

/**
 * A fresh id for a command (an expenditure, an allocation): sent with it, so that a repeat of the same command is
 * recognised by the service. crypto.randomUUID exists only on https or localhost pages, hence the fallback.
 */
export function commandId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map(b => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// Who is signed in. The access token lives in sessionStorage: it is gone when the tab closes, and no cookie carries
// it, so no other site can make the browser use it.

const KEY = 'taphuan.session';

/** The signed-in user, or null. */
export function currentUser() {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const user = JSON.parse(raw);
    if (!user.token || (user.expiresAt && Date.now() >= user.expiresAt)) {
      sessionStorage.removeItem(KEY);
      return null;
    }
    return user;
  } catch {
    sessionStorage.removeItem(KEY);
    return null;
  }
}

/** Keeps the token answered by the issuer, with what the pages need to know about its holder. */
export function startSession(answer) {
  const claims = decodeClaims(answer.access_token);
  const user = {
    token: answer.access_token,
    username: claims.sub,
    name: answer.name || claims.name || claims.sub,
    tenant: answer.tenant || claims.tenant || null,
    roles: answer.roles || claims.roles || [],
    // the provider's id token, which ends its session on sign-out without asking (none from the development issuer)
    idToken: answer.id_token || null,
    expiresAt: claims.exp ? claims.exp * 1000 : Date.now() + (answer.expires_in || 3600) * 1000,
  };
  sessionStorage.setItem(KEY, JSON.stringify(user));
  return user;
}

export function endSession() {
  sessionStorage.removeItem(KEY);
}

function decodeClaims(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(Array.from(atob(payload),
      c => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
    return JSON.parse(json);
  } catch {
    return {};
  }
}

// ---------------------------------------------------------------- what a role may do (mirrors the services' rules)

const PROVINCE_ROLES = ['PROVINCE_ADMIN', 'PROVINCE_OFFICER', 'PROVINCE_VIEWER'];

function has(user, ...roles) {
  return !!user && user.roles.some(role => roles.includes(role));
}

/** A province user: sees their own province, personal data included. */
export function isProvincial(user) {
  return has(user, ...PROVINCE_ROLES) && !!user.tenant;
}

/** May write the own province's plans, classes, sheets and money. */
export function canWrite(user) {
  return isProvincial(user) && has(user, 'PROVINCE_OFFICER', 'PROVINCE_ADMIN');
}

/** May give a reason to spend beyond an allocation. */
export function isProvinceAdmin(user) {
  return isProvincial(user) && has(user, 'PROVINCE_ADMIN');
}

/** Sees the nationwide totals and ranking. */
export function seesNation(user) {
  return has(user, 'MINISTRY_ANALYST', 'PLATFORM_ADMIN');
}

/** May open a named province's progress (the analyst; a platform administrator sees no province's progress). */
export function canDrillDown(user) {
  return has(user, 'MINISTRY_ANALYST');
}

export function isPlatformAdmin(user) {
  return has(user, 'PLATFORM_ADMIN');
}

/** Where a user lands after signing in. */
export function homeRoute(user) {
  if (isProvincial(user)) return '#/province';
  if (seesNation(user)) return '#/national';
  return '#/sign-in';
}

// The dashboards' entry point: reads where the services are, then routes by the URL's hash (#/province,
// #/plans/{id}, #/national …). Each view renders into <main> and registers what to stop when the user leaves it
// (live streams, charts).

import { h, replace } from './dom.js';
import { t, label, onLangChange } from './i18n.js';
import { ApiProblem, loadConfig, onUnauthenticated, oidcSettings } from './api.js';
import { takeReturn, logoutUrl, redirectUri } from './oidc.js';
import {
  currentUser, endSession, homeRoute, isProvincial, canWrite, seesNation, isPlatformAdmin,
} from './session.js';
import { problemBox, languageButton } from './components.js';
import { signInView } from './views/signin.js';
import { provinceView } from './views/province.js';
import { planView } from './views/plan.js';
import { nationalView } from './views/national.js';
import { tenantsView } from './views/tenants.js';
import { planImportView } from './views/plan-import.js';
import { draftView } from './views/draft.js';
import { scheduleView } from './views/schedule.js';
import { activityView } from './views/activity.js';
import { budgetView } from './views/budget.js';
import { versionsView } from './views/versions.js';
import { closeoutView, nationalCloseoutView } from './views/closeout.js';
import { periodListView, periodReportView, nationalPeriodReportsView } from './views/period-reports.js';

const ROUTES = [
  { pattern: /^\/sign-in$/, view: signInView, public: true },
  { pattern: /^\/province$/, view: provinceView },
  { pattern: /^\/plans\/([^/]+)$/, view: planView },
  { pattern: /^\/plans\/([^/]+)\/budget$/, view: budgetView },
  { pattern: /^\/plans\/([^/]+)\/versions$/, view: versionsView },
  { pattern: /^\/plans\/([^/]+)\/activities\/new$/, view: scheduleView },
  { pattern: /^\/activities\/([^/]+)$/, view: activityView },
  { pattern: /^\/plan-imports\/new$/, view: planImportView },
  { pattern: /^\/plan-drafts\/([^/]+)$/, view: draftView },
  { pattern: /^\/national$/, view: nationalView },
  { pattern: /^\/closeout$/, view: closeoutView },
  { pattern: /^\/national\/closeout$/, view: nationalCloseoutView },
  { pattern: /^\/period-reports$/, view: periodListView },
  { pattern: /^\/period-reports\/([^/]+)$/, view: periodReportView },
  { pattern: /^\/national\/period-reports$/, view: nationalPeriodReportsView },
  { pattern: /^\/tenants$/, view: tenantsView },
];

let cleanups = [];
let sequence = 0;
let lastPath = null;

function parseHash() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, queryString] = hash.split('?');
  return { path, query: Object.fromEntries(new URLSearchParams(queryString || '')) };
}

async function route() {
  cleanups.splice(0).forEach(stop => {
    try { stop(); } catch { /* already stopped */ }
  });
  const mine = ++sequence;
  const { path, query } = parseHash();
  const user = currentUser();
  const match = ROUTES.map(candidate => ({ candidate, groups: candidate.pattern.exec(path) }))
    .find(found => found.groups);
  if (!user && !match?.candidate.public) {
    if (path !== '/' && path !== '/sign-in') sessionStorage.setItem('taphuan.next', location.hash);
    location.replace('#/sign-in');
    return;
  }
  if (!match) {
    location.replace(homeRoute(user));
    return;
  }
  renderTopbar(user, path);
  const main = document.getElementById('main');
  const context = {
    params: match.groups.slice(1).map(decodeURIComponent),
    query,
    user,
    main,
    alive: () => mine === sequence,
    onCleanup: stop => cleanups.push(stop),
    navigate: target => { location.hash = target; },
  };
  if (lastPath !== path) {
    main.replaceChildren(h('p.loading', {}, t('app.loading')));
  }
  const moved = lastPath !== path;
  lastPath = path;
  try {
    await match.candidate.view(context);
    if (moved && context.alive()) {
      main.focus({ preventScroll: false });
      window.scrollTo(0, 0);
    }
  } catch (error) {
    if (context.alive()) replace(main, problemBox(error), retryButton(error));
  }
}

/**
 * A page that could not load because a service could not be reached or failed (not because the request was
 * refused) is offered again with one click.
 */
function retryButton(error) {
  const transient = !(error instanceof ApiProblem) || error.status === 0 || error.status >= 500;
  if (!transient) return null;
  return h('button', { type: 'button', 'data-testid': 'retry', onclick: () => { lastPath = null; route(); } },
    t('common.retry'));
}

function renderTopbar(user, path) {
  const bar = document.getElementById('topbar');
  const skip = document.querySelector('.skip-link');
  if (skip) skip.textContent = t('app.skip');
  if (!user) {
    bar.replaceChildren();
    return;
  }
  const link = (href, text, testId) => h('a', {
    href, 'data-testid': testId, 'aria-current': path === href.slice(1).split('?')[0] ? 'page' : null,
  }, text);
  const links = [];
  if (isProvincial(user)) links.push(link('#/province', t('nav.province'), 'nav-province'));
  if (isProvincial(user)) links.push(link('#/period-reports', t('nav.periodReports'), 'nav-period-reports'));
  if (canWrite(user)) links.push(link('#/plan-imports/new', t('nav.import'), 'nav-import'));
  if (seesNation(user)) links.push(link('#/national', t('nav.national'), 'nav-national'));
  if (isPlatformAdmin(user)) links.push(link('#/tenants', t('nav.tenants'), 'nav-tenants'));
  replace(bar,
    h('a.brand', { href: homeRoute(user) }, t('app.name')),
    h('nav', { 'aria-label': t('nav.main') }, links),
    h('div.who', {},
      h('span', { 'data-testid': 'user-name' }, user.name,
        h('span.visually-hidden', {}, ' — '),
        h('span', { class: 'small' }, ` (${user.roles.map(role => label('role', role)).join(', ')})`)),
      languageButton(),
      h('button', { type: 'button', 'data-testid': 'sign-out', onclick: signOut }, t('nav.signOut'))));
}

function signOut() {
  const idToken = currentUser()?.idToken;
  endSession();
  sessionStorage.removeItem('taphuan.next');
  const oidc = oidcSettings();
  if (oidc) {
    // the provider's session ends too, else its page would sign the user straight back in
    location.assign(logoutUrl({ ...oidc, idToken, postLogoutRedirectUri: redirectUri() }));
    return;
  }
  location.hash = '#/sign-in?signedOut=1';
}

onUnauthenticated(() => {
  endSession();
  if (!location.hash.startsWith('#/sign-in')) location.hash = '#/sign-in?expired=1';
});

onLangChange(() => {
  lastPath = null;
  route();
});

async function start() {
  document.title = t('app.title');
  try {
    await loadConfig();
  } catch (error) {
    replace(document.getElementById('main'), problemBox(error));
    return;
  }
  if (oidcSettings()) takeReturn();
  window.addEventListener('hashchange', route);
  route();
}

start();

// A province's dashboard: totals, each programme with its forecast, its communes with their results, the plans (click
// one for its dashboard), and — for the province's officers — the plans still being drafted. The ministry analyst
// reaches it from the nationwide ranking (?tenant=…). Figures update live.

import { h, replace, announce, flash } from '../dom.js';
import { t, label, number, money, date, dateTime } from '../i18n.js';
import { get, ApiProblem } from '../api.js';
import { canWrite, seesNation } from '../session.js';
import { statusBadge, table, progressBar, downloadButton } from '../components.js';
import { keyFigures, bars } from '../figures.js';
import { openStream, liveIndicator, showIfChanged } from '../live.js';
import { periodSection } from '../periods.js';
import { communesSection } from '../communes.js';
import { loadNotices, noticeSection } from './period-reports.js';

export async function provinceView(context) {
  const { main, query, user, alive, onCleanup } = context;
  const tenant = query.tenant || null;
  const scope = tenant ? { tenant } : {};
  const [overview, plans, drafts, notices] = await Promise.all([
    get('reporting', '/api/v1/progress', scope),
    get('reporting', '/api/v1/progress/plans', { ...scope, size: 100 }),
    canWrite(user) ? loadDrafts() : Promise.resolve([]),
    // the periodic reports due soon or overdue: a reminder on the dashboard itself
    loadNotices(scope),
  ]);
  if (!alive()) return;

  const live = liveIndicator();
  const meta = h('p.meta', { 'data-testid': 'data-as-of' });
  const figures = h('div', { 'data-testid': 'province-figures' });
  const programmes = h('section', { 'aria-labelledby': 'programmes-title' });
  const planList = h('section.card', { 'aria-labelledby': 'plans-title' });
  const planQuery = tenant ? `?tenant=${encodeURIComponent(tenant)}` : '';

  const renderOverview = current => {
    replace(meta, t('common.asOf', { date: date(current.asOf) }), ' · ',
      t('common.dataAsOf', { time: dateTime(current.dataAsOf) }), ' · ', live);
    replace(figures, keyFigures(current.totals, worstByMeasure(current.programmes)),
      h('p.small', {}, t('province.plansByStatus'), ': ',
        ['REACHED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK'].map(status => [statusBadge(status), ` ${number(current.plans.byStatus?.[status] ?? 0)}  `])));
    replace(programmes,
      h('h2#programmes-title', {}, t('province.programmes')),
      h('div.two-col', {}, current.programmes.map(programme => h(`section.card.status-card.${programme.forecast?.status || 'none'}`, {
        'data-testid': `programme-${programme.programmeCode}`,
      },
      h('h3', {}, programme.programmeName),
      h('p.small.muted', {}, `${t('plan.deadline')}: ${date(programme.deadline)} · ${t('col.plans')}: ${number(programme.plans)} · `,
        statusBadge(programme.forecast?.status)),
      bars(programme.figures, programme.forecast, `programme-${programme.programmeCode}`)))));
  };

  const renderPlans = page => {
    replace(planList, h('h2#plans-title', {}, t('province.plans')),
      page.items.length ? table({
        caption: t('province.plansCaption'),
        testId: 'plans',
        columns: [
          { title: t('plan.title'), value: row => h('a', { href: `#/plans/${encodeURIComponent(row.planId)}${planQuery}`,
            'data-testid': `plan-link-${row.planId}` }, row.title) },
          { title: t('col.document'), value: row => row.documentNumber || t('common.none') },
          { title: t('col.period'), value: row => `${date(row.periodStart)} – ${date(row.periodEnd)}` },
          { title: t('col.activities'), num: true, value: row => `${number(row.activitiesHeld)} / ${number(row.activitiesPlanned)}` },
          { title: t('col.personTurns'), value: row => progressBar({ title: t('col.personTurns'), achieved: row.personTurns,
            target: row.personTurnTarget, percent: row.personTurnsPercent, status: row.status, inTable: true,
            testId: `plan-row-${row.planId}-person-turns` }) },
          { title: t('col.spent'), num: true, value: row => money(row.spentVnd) },
          { title: t('col.forecast'), value: row => statusBadge(row.status) },
        ],
        rows: page.items,
      }) : h('p.muted', {}, t('province.noPlans')));
  };

  const header = h('div.page-head', {},
    h('div', {},
      seesNation(user) ? h('nav.breadcrumbs', { 'aria-label': 'breadcrumbs' },
        h('a', { href: '#/national' }, t('nav.national')), ' › ', overview.province.name) : null,
      h('h1', { 'data-testid': 'province-name' }, t('province.title', { name: overview.province.name })),
      h('p.muted', {}, t('province.subtitle')),
      overview.province.inherits?.length
        ? h('p.small', {}, t('province.inherits', { names: overview.province.inherits.map(p => p.name).join(', ') })) : null,
      meta),
    h('div.actions', {},
      downloadButton(t('province.export'), 'reporting', '/api/v1/progress/export', { ...scope, format: 'xlsx' },
        'bao-cao-tinh.xlsx', 'export-province'),
      h('a.button', { href: `#/closeout${planQuery}`, 'data-testid': 'closeout-link' }, t('closeout.link')),
      h('a.button', { href: `#/period-reports${planQuery}`, 'data-testid': 'period-reports-link' }, t('periodReport.link')),
      canWrite(user) ? h('a.button', { href: '#/plan-imports/new' }, t('nav.import')) : null));

  renderOverview(overview);
  renderPlans(plans);
  const period = periodSection({ reportPath: '/api/v1/progress/report', exportPath: '/api/v1/progress/export',
    exportName: 'bao-cao-tinh', monthly: overview.totals.monthly, query: scope });
  const communes = communesSection({ scope, tenantId: overview.province.tenantId, day: overview.asOf });
  replace(main, header, noticeSection(notices, tenant, undefined, 3), figures, programmes, period, communes.section, planList,
    drafts.length ? draftList(drafts) : null);
  communes.load();

  // live: the province's figures are pushed; the plan list is read again when they change
  let reload = null;
  let shown = overview;
  const onProvince = current => {
    if (!alive()) return;
    shown = current;
    renderOverview(current);
    flash(figures);
    announce(t('common.updated'));
    clearTimeout(reload);
    reload = setTimeout(async () => {
      try {
        const page = await get('reporting', '/api/v1/progress/plans', { ...scope, size: 100 });
        if (alive()) renderPlans(page);
        if (alive()) await communes.load();
      } catch (error) {
        if (!(error instanceof ApiProblem)) throw error;
      }
    }, 300);
  };
  const stream = openStream('reporting', '/api/v1/progress/stream', scope, { province: onProvince }, live,
    showIfChanged('reporting', '/api/v1/progress', scope, () => shown, onProvince));
  onCleanup(() => {
    stream.close();
    clearTimeout(reload);
  });
}

/**
 * Each count's worst status among the province's programmes: a programme beyond its target does not colour another's
 * shortfall, and one count's status does not colour another count.
 */
function worstByMeasure(programmes) {
  const worst = measure => ['OFF_TRACK', 'AT_RISK', 'ON_TRACK', 'REACHED']
    .find(status => programmes.some(programme => programme.forecast?.[measure]?.status === status));
  return Object.fromEntries(['activities', 'personTurns', 'coverage'].map(measure => [measure, { status: worst(measure) }]));
}

async function loadDrafts() {
  try {
    const [drafts, submitted] = await Promise.all([
      get('plan', '/api/v1/plans', { status: 'DRAFT', size: 50 }),
      get('plan', '/api/v1/plans', { status: 'SUBMITTED', size: 50 }),
    ]);
    return [...drafts.items, ...submitted.items];
  } catch (error) {
    // the drafts are a convenience here: the dashboard still shows without plan-service
    console.warn('drafts not loaded', error);
    return [];
  }
}

function draftList(drafts) {
  return h('section.card', { 'aria-labelledby': 'drafts-title' },
    h('h2#drafts-title', {}, t('province.drafts')),
    table({
      testId: 'drafts',
      columns: [
        { title: t('plan.title'), value: plan => h('a', { href: `#/plan-drafts/${encodeURIComponent(plan.id)}` },
          plan.title || plan.id) },
        { title: t('col.document'), value: plan => plan.documentNumber || t('common.none') },
        { title: t('col.status'), value: plan => h('span.badge.neutral', {}, label('plan.status', plan.status)) },
      ],
      rows: drafts,
    }));
}


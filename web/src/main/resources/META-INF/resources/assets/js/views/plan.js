// A plan's dashboard: for the plan and each target line, achieved against target (activities, person-turns,
// coverage), by target group, level, gender and unit, the shares of women and ethnic-minority people against the
// line's minimum, money by source, the forecast to the deadline and a monthly chart. Live: the figures are pushed by
// reporting-service when an event changes them.

import { h, replace, announce, flash } from '../dom.js';
import { t, label, number, money, percent, date, dateTime, month } from '../i18n.js';
import { get, ApiProblem } from '../api.js';
import { canWrite, isProvincial, seesNation } from '../session.js';
import {
  statusBadge, table, pager, downloadButton, options, problemBox, dateInput, readDate,
} from '../components.js';
import { ACTIVITY_FILTERS, choicesFrom, chosen, hashWith, nextSort } from '../list-query.js';
import { keyFigures, bars, forecastPanel, breakdown, shares, budgetTable } from '../figures.js';
import { monthlyChart, budgetChart } from '../charts.js';
import { openStream, liveIndicator, showIfChanged } from '../live.js';
import { periodSection } from '../periods.js';
import { daysOf } from '../months.js';

export async function planView(context) {
  const { main, params: [planId], query, user, alive, onCleanup } = context;
  const tenant = query.tenant || null;
  const scope = tenant ? { tenant } : {};
  const tenantQuery = tenant ? `?tenant=${encodeURIComponent(tenant)}` : '';
  const charts = [];
  const disposeCharts = () => charts.splice(0).forEach(chart => chart.dispose());
  onCleanup(disposeCharts);

  const live = liveIndicator();
  const head = h('div');
  const body = h('div', { 'data-testid': 'plan-figures' });
  const unitsSection = h('section.card', { 'aria-labelledby': 'units-title' });
  const activitiesSection = h('section.card', { 'aria-labelledby': 'activities-title' });
  let progress = null;
  let unitChoice = null;
  let activitiesPage = 0;
  // the activity list as the user searched, narrowed and ordered it (a line's card narrows it to the line), kept in
  // the address so that a reload or a shared link shows the same list
  const activityChoices = choicesFrom(query, ACTIVITY_FILTERS);
  // its controls are built once, when the plan's lines are known: re-rendering them would cut the user off mid-word
  let activityList = null;
  let activitiesAsked = 0;
  let unitsShown = [];

  const render = current => {
    progress = current;
    disposeCharts();
    renderHead(head, current, { user, tenantQuery, scope, live });
    replace(body, ...renderFigures(current, narrowActivities));
    // charts need their elements in the document to measure them
    requestAnimationFrame(() => body.querySelectorAll('[data-chart]').forEach(element => {
      if (!alive()) return;
      const kind = element.dataset.chart;
      if (kind === 'monthly') charts.push(monthlyChart(element, current.totals.monthly, current.totals.personTurns.target,
        current.plan.periodEnd, yearMonth => narrowActivities(daysOf(yearMonth))));
      if (kind === 'budget') charts.push(budgetChart(element, current.totals.budget.bySource));
    }));
  };

  const loadUnits = async () => {
    if (!progress) return;
    const chosenByDefault = !unitChoice;
    unitChoice = unitChoice || { level: 'DISTRICT', on: progress.plan.periodEnd };
    try {
      const page = await get('reporting', '/api/v1/progress/units', {
        ...scope, planId, level: unitChoice.level, on: unitChoice.on, size: 200 });
      // on a map without districts (since mid-2025) results roll up past them: show communes instead
      if (chosenByDefault && page.items.length && page.items.every(unit => unit.level !== 'DISTRICT')) {
        unitChoice = { ...unitChoice, level: 'COMMUNE' };
        loadUnits();
        return;
      }
      if (alive()) {
        renderUnits(unitsSection, page, progress, unitChoice, next => { unitChoice = next; loadUnits(); });
        unitsShown = page.items;
        activityList?.offerUnits(unitsShown);
      }
    } catch (error) {
      if (alive()) replace(unitsSection, problemBox(error));
    }
  };

  // a line's card, a month's bar or row: the activity list narrowed to it, the other choices kept, and shown
  const narrowActivities = narrowing => {
    Object.assign(activityChoices, narrowing);
    activitiesPage = 0;
    rememberChoices();
    activityList?.sync();
    loadActivities().then(() => activitiesSection.scrollIntoView({ block: 'start' }));
  };

  const rememberChoices = () => history.replaceState(history.state, '',
    hashWith(location.hash, ACTIVITY_FILTERS, activityChoices));

  const loadActivities = async () => {
    if (!progress) return;
    if (!activityList) {
      activityList = activityControls(activitiesSection, progress, activityChoices, () => {
        // a search typed just before leaving the page must not write into the next page's address
        if (!alive()) return;
        activitiesPage = 0;
        rememberChoices();
        loadActivities();
      });
      activityList.offerUnits(unitsShown);
    }
    // while the user types, answers may come back out of order: only the last question's answer is shown
    const asked = ++activitiesAsked;
    try {
      const page = await get('reporting', `/api/v1/progress/plans/${encodeURIComponent(planId)}/activities`,
        { ...scope, ...chosen(activityChoices), page: activitiesPage, size: 25 });
      if (alive() && asked === activitiesAsked) {
        activityList.show(page, isProvincial(user), next => {
          activitiesPage = next;
          loadActivities();
        });
      }
    } catch (error) {
      if (alive() && asked === activitiesAsked) activityList.showProblem(error);
    }
  };

  let first;
  try {
    first = await get('reporting', `/api/v1/progress/plans/${encodeURIComponent(planId)}`, scope);
  } catch (error) {
    if (!(error instanceof ApiProblem) || error.status !== 404) throw error;
    first = null;
  }
  if (!alive()) return;

  // the plan's reporting period beside the same months a year before, built once the plan's months are known
  const periodOf = current => periodSection({
    reportPath: `/api/v1/progress/plans/${encodeURIComponent(planId)}/report`,
    exportPath: `/api/v1/progress/plans/${encodeURIComponent(planId)}/export`,
    exportName: 'bao-cao-ke-hoach', monthly: current.totals.monthly, query: scope });

  if (first) {
    render(first);
    replace(main, head, body, periodOf(first), unitsSection, activitiesSection);
    loadUnits();
    loadActivities();
  } else {
    // approved a moment ago, or not approved: wait for the figures to be pushed
    replace(main, h('h1', {}, t('plan.title')),
      h('div.notice', { role: 'status', 'data-testid': 'not-reported' }, t('common.notReportedYet'), ' ', live));
  }

  let reload = null;
  const show = current => {
    if (!alive() || current.planId !== planId) return;
    const firstTime = !progress;
    render(current);
    if (firstTime) {
      replace(main, head, body, periodOf(current), unitsSection, activitiesSection);
    } else {
      flash(body);
    }
    announce(t('common.updated'));
    clearTimeout(reload);
    reload = setTimeout(() => { loadUnits(); loadActivities(); }, 300);
  };
  const stream = openStream('reporting', '/api/v1/progress/stream', scope, { plan: show }, live,
    showIfChanged('reporting', `/api/v1/progress/plans/${encodeURIComponent(planId)}`, scope, () => progress, show));
  // a plan approved a moment ago may be reported between the first read and the stream's start: ask again
  // until its figures are there (the stream carries every change after that)
  let retry = null;
  const askAgain = () => {
    retry = setTimeout(async () => {
      if (!alive() || progress) return;
      try {
        show(await get('reporting', `/api/v1/progress/plans/${encodeURIComponent(planId)}`, scope));
      } catch (error) {
        if (!(error instanceof ApiProblem) || error.status !== 404) throw error;
        askAgain();
      }
    }, 3000);
  };
  if (!first) askAgain();
  onCleanup(() => {
    stream.close();
    clearTimeout(reload);
    clearTimeout(retry);
  });
}

function renderHead(head, progress, { user, tenantQuery, scope, live }) {
  const plan = progress.plan;
  replace(head, h('div.page-head', {},
    h('div', {},
      h('nav.breadcrumbs', { 'aria-label': 'breadcrumbs' },
        seesNation(user) ? [h('a', { href: '#/national' }, t('nav.national')), ' › '] : null,
        h('a', { href: `#/province${tenantQuery}` }, progress.tenantName), ' › ', plan.documentNumber || t('plan.title')),
      h('h1', { 'data-testid': 'plan-title' }, plan.title),
      h('p.meta', {},
        `${t('plan.programme')}: ${plan.programmeName || plan.programmeCode}`, h('br'),
        `${t('plan.document')}: ${plan.documentNumber || t('common.none')} · `,
        `${t('plan.period')}: ${date(plan.periodStart)} – ${date(plan.periodEnd)} · `,
        `${t('plan.deadline')}: ${date(plan.deadline)} · `,
        `${t('plan.version')}: ${plan.currentVersion} · `,
        label('plan.state', plan.state)),
      h('p.meta', { 'data-testid': 'data-as-of' }, t('common.asOf', { date: date(progress.asOf) }), ' · ',
        t('common.dataAsOf', { time: dateTime(progress.dataAsOf) }), ' · ', live)),
    h('div.actions', {},
      statusBadge(progress.forecast?.status, 'plan-status'),
      downloadButton(t('plan.export'), 'reporting', `/api/v1/progress/plans/${encodeURIComponent(progress.planId)}/export`,
        { ...scope, format: 'xlsx' }, 'bao-cao-ke-hoach.xlsx', 'export-plan'),
      canWrite(user) && plan.state === 'IN_FORCE'
        ? h('a.button.primary', { href: `#/plans/${encodeURIComponent(progress.planId)}/activities/new`,
          'data-testid': 'schedule-link' }, t('plan.schedule')) : null,
      isProvincial(user)
        ? h('a.button', { href: `#/plans/${encodeURIComponent(progress.planId)}/budget`, 'data-testid': 'budget-link' },
          t('plan.budget')) : null,
      isProvincial(user)
        ? h('a.button', { href: `#/plans/${encodeURIComponent(progress.planId)}/versions`, 'data-testid': 'versions-link' },
          t('plan.versions')) : null)));
}

function renderFigures(progress, narrowActivities) {
  const totals = progress.totals;
  return [
    keyFigures(totals, progress.forecast),
    h('section', { 'aria-labelledby': 'lines-title' },
      h('h2#lines-title', {}, t('plan.lines')),
      h('div.two-col', {}, progress.lines.map(line => lineCard(line, lineId => narrowActivities({ lineId }))))),
    h('section.card', { 'aria-labelledby': 'monthly-title' },
      h('h2#monthly-title', {}, t('plan.monthly')),
      h('p.small.muted', {}, t('plan.monthlyCaption'), ' ', t('plan.monthlyClick')),
      h('div.chart', { 'data-chart': 'monthly', 'data-testid': 'monthly-chart' }),
      h('details', {}, h('summary', {}, t('plan.monthly')),
        monthlyTable(totals.monthly, yearMonth => narrowActivities(daysOf(yearMonth))))),
    h('section.card', { 'aria-labelledby': 'budget-title' },
      h('h2#budget-title', {}, t('plan.budgetBySource')),
      h('div.chart.short', { 'data-chart': 'budget', 'data-testid': 'budget-chart' }),
      budgetTable(totals.budget)),
    forecastPanel(progress.forecast, progress.plan.deadline),
    h('div.two-col', {},
      h('section.card', { 'aria-labelledby': 'groups-title' },
        h('h2#groups-title', {}, t('plan.byGroup')),
        breakdown(t('plan.byGroup'), totals.personTurns.byTargetGroup, 'group', 'by-group'),
        breakdown(t('plan.byLevel'), totals.personTurns.byLevel, 'level', 'by-level'),
        breakdown(t('plan.byGender'), totals.personTurns.byGender, 'gender', 'by-gender')),
      h('section.card', { 'aria-labelledby': 'shares-title' },
        h('h2#shares-title', {}, t('plan.shares')),
        h('p.small.muted', {}, t('plan.shareCaption')),
        shares(totals.personTurns, 'plan'),
        progress.lines.filter(line => line.figures.personTurns.achieved > 0).map(line => h('div', {},
          h('h3', {}, line.description || line.lineId),
          shares(line.figures.personTurns, `line-${line.lineId}`))))),
  ];
}

function lineCard(line, showLineActivities) {
  const status = line.forecast?.status;
  return h(`section.card.status-card.${status || 'none'}`, { 'data-testid': `line-${line.lineId}` },
    h('h3', {}, line.description || line.lineId),
    h('p.small.muted', {},
      `${label('kind', line.activityKind)} · ${label('group', line.targetGroup)}`,
      line.cadreLevel ? ` · ${label('level', line.cadreLevel)}` : '',
      line.inCurrentVersion === false ? ` · ${t('plan.lineRemoved')}` : '', ' ',
      statusBadge(status, `line-${line.lineId}-status`)),
    bars(line.figures, line.forecast, `line-${line.lineId}`),
    h('p.small', {}, t('figures.persons'), ': ', h('strong.num', {}, number(line.figures.persons.unique)),
      line.forecast?.personTurns ? [' · ', t('forecast.projected'), ': ',
        h('strong.num', {}, number(line.forecast.personTurns.projectedAtDeadline))] : null),
    h('button.link', { type: 'button', 'data-testid': `line-${line.lineId}-activity-list`,
      onclick: () => showLineActivities(line.lineId) }, t('plan.lineActivities')));
}

function monthlyTable(monthly, showMonthActivities) {
  return table({
    testId: 'monthly',
    columns: [
      // the chart's bars open a month's activities; so does the month here, for the keyboard and screen readers
      { title: t('col.date'), value: m => h('button.link', { type: 'button', 'data-testid': `month-${m.month}-activities`,
        'aria-label': t('plan.monthActivities', { month: month(m.month) }),
        onclick: () => showMonthActivities(m.month) }, month(m.month)) },
      { title: t('col.activities'), num: true, value: m => number(m.activitiesHeld) },
      { title: t('col.personTurns'), num: true, value: m => number(m.personTurns) },
      { title: t('col.women'), num: true, value: m => number(m.women) },
      { title: t('col.minority'), num: true, value: m => number(m.ethnicMinority) },
      { title: `${t('common.total')} — ${t('col.personTurns')}`, num: true, value: m => number(m.cumulativePersonTurns) },
      { title: t('col.spent'), num: true, value: m => money(m.spentVnd) },
      { title: `${t('common.total')} — ${t('col.spent')}`, num: true, value: m => money(m.cumulativeSpentVnd) },
    ],
    rows: monthly.filter(m => m.activitiesHeld || m.personTurns || m.spentVnd || m.allocatedVnd || m.settledVnd),
  });
}

function renderUnits(section, page, progress, choice, change) {
  const levelSelect = h('select#unit-level', { onchange: () => change({ ...choice, level: levelSelect.value }) },
    options(['DISTRICT', 'COMMUNE'].map(level => [level, label('unitLevel', level)]), choice.level));
  const onSelect = h('select#unit-on', { onchange: () => change({ ...choice, on: onSelect.value }) },
    options([[progress.plan.periodEnd, t('plan.unitsOnPeriod', { date: date(progress.plan.periodEnd) })],
      [progress.asOf, t('plan.unitsOnToday')]], choice.on));
  replace(section,
    h('h2#units-title', {}, t('plan.units')),
    h('div.actions', {},
      h('label', { for: 'unit-level' }, t('plan.unitsLevel')), levelSelect,
      h('label', { for: 'unit-on' }, t('plan.unitsOn')), onSelect),
    table({
      testId: 'units',
      columns: [
        { title: t('col.unit'), value: unit => [h('strong', {}, unit.name),
          unit.recordedUnitCodes?.length > 1 || (unit.recordedUnitCodes?.[0] && unit.recordedUnitCodes[0] !== unit.unitCode)
            ? h('div.small.muted', {}, t('plan.unitsRecorded', { codes: unit.recordedUnitCodes.join(', ') })) : null] },
        { title: t('col.activities'), num: true, value: unit => number(unit.activitiesHeld) },
        { title: t('col.personTurns'), num: true, value: unit => number(unit.personTurns),
          testId: unit => `unit-${unit.unitCode}-person-turns` },
        { title: t('col.women'), num: true, value: unit => `${number(unit.women)} (${percent(unit.womenShare)})` },
        { title: t('col.minority'), num: true, value: unit => `${number(unit.ethnicMinority)} (${percent(unit.ethnicMinorityShare)})` },
        { title: t('col.persons'), num: true, value: unit => number(unit.uniquePersons) },
      ],
      rows: page.items,
    }));
}

/**
 * The activity list's search, filters and table. The service searches, filters, sorts and pages; `changed()` asks it
 * again after the user changed `choices`. Returns what the page updates: the table, the units offered, the controls
 * after a line's card chose its line.
 */
function activityControls(section, progress, choices, changed) {
  const lines = Object.fromEntries(progress.lines.map(line => [line.lineId, line.description]));
  const results = h('div');
  const count = h('p.small.muted', { role: 'status', 'data-testid': 'activities-count' });
  let pause = null;
  const search = h('input#activities-search', {
    type: 'search', name: 'q', autocomplete: 'off', maxlength: '100', value: choices.q,
    'data-testid': 'activities-search', 'aria-describedby': 'activities-search-hint',
    oninput: () => {
      clearTimeout(pause);
      // one question when the user pauses, not one per key
      pause = setTimeout(() => {
        if (choices.q === search.value.trim()) return;
        choices.q = search.value.trim();
        changed();
      }, 300);
    },
  });
  const select = (name, testId, pairs, placeholder) => {
    const element = h(`select#activities-${testId}`, { name, 'data-testid': `activities-${testId}`, onchange: () => {
      choices[name] = element.value;
      changed();
    } }, options(pairs, choices[name], placeholder));
    return element;
  };
  const lineSelect = select('lineId', 'line', progress.lines.map(line => [line.lineId, line.description || line.lineId]),
    t('plan.allLines'));
  const statusSelect = select('status', 'status',
    ['SCHEDULED', 'HELD', 'CLOSED', 'CANCELLED'].map(status => [status, label('activity.status', status)]),
    t('plan.allStatuses'));
  const kindSelect = select('kind', 'kind',
    ['TRAINING_CLASS', 'WORKSHOP', 'STUDY_TOUR', 'E_LEARNING_COHORT'].map(kind => [kind, label('kind', kind)]),
    t('plan.allKinds'));
  const unitSelect = select('unitCode', 'unit', [], t('plan.allUnits'));
  const dateChanged = () => {
    try {
      choices.from = readDate(from) || '';
      choices.to = readDate(to) || '';
    } catch (error) {
      showProblem(error);
      return;
    }
    changed();
  };
  const from = dateInput('activities-from', 'from', choices.from, { 'data-testid': 'activities-from', onchange: dateChanged });
  const to = dateInput('activities-to', 'to', choices.to, { 'data-testid': 'activities-to', onchange: dateChanged });
  const clear = h('button', { type: 'button', 'data-testid': 'activities-clear', onclick: () => {
    ['q', 'status', 'lineId', 'kind', 'unitCode', 'from', 'to'].forEach(key => { choices[key] = ''; });
    sync();
    changed();
  } }, t('plan.clearFilters'));

  let units = [];
  const offerUnits = shown => {
    units = shown.map(unit => [unit.unitCode, unit.name || unit.unitCode]);
    // a unit chosen from the address stays offered even when the units section shows another level
    if (choices.unitCode && !units.some(([code]) => code === choices.unitCode)) units.push([choices.unitCode, choices.unitCode]);
    unitSelect.replaceChildren(...options(units, choices.unitCode, t('plan.allUnits')));
  };
  const sync = () => {
    search.value = choices.q;
    lineSelect.value = choices.lineId;
    statusSelect.value = choices.status;
    kindSelect.value = choices.kind;
    offerUnits(units.map(([unitCode, name]) => ({ unitCode, name })));
    from.value = choices.from ? date(choices.from) : '';
    to.value = choices.to ? date(choices.to) : '';
  };
  const showProblem = error => replace(results, problemBox(error, 'activities-problem'));
  const narrowed = () => ['q', 'status', 'lineId', 'kind', 'unitCode', 'from', 'to'].some(key => choices[key]);

  replace(section,
    h('h2#activities-title', {}, t('plan.activities')),
    h('div.actions', { role: 'search', 'aria-label': t('plan.searchActivities') },
      h('label', { for: 'activities-search' }, t('plan.searchActivities')), search,
      h('span.small.muted#activities-search-hint', {}, t('plan.searchHint'))),
    h('div.actions', {},
      h('label', { for: 'activities-line' }, t('col.line')), lineSelect,
      h('label', { for: 'activities-status' }, t('col.status')), statusSelect,
      h('label', { for: 'activities-kind' }, t('col.kind')), kindSelect,
      h('label', { for: 'activities-unit' }, t('col.unit')), unitSelect),
    h('div.actions', {},
      h('label', { for: 'activities-from' }, t('plan.activitiesFrom')), from,
      h('label', { for: 'activities-to' }, t('plan.activitiesTo')), to,
      clear),
    count,
    results);

  return {
    offerUnits,
    sync,
    showProblem,
    show(page, linkable, go) {
      count.textContent = t('plan.activitiesFound', { count: number(page.total) });
      const order = { sort: choices.sort || 'DATE', direction: choices.direction || 'ASC' };
      replace(results,
        page.items.length ? table({
          caption: t('plan.activitiesCaption'),
          testId: 'activities',
          sorting: { ...order, onSort: key => {
            Object.assign(choices, nextSort(order, key, key === 'PERSON_TURNS' ? 'DESC' : 'ASC'));
            changed();
          } },
          columns: [
            { title: t('col.title'), sort: 'TITLE', value: a => linkable
              ? h('a', { href: `#/activities/${encodeURIComponent(a.activityId)}` }, a.title) : a.title },
            { title: t('col.kind'), value: a => label('kind', a.kind) },
            { title: t('col.line'), value: a => h('span.small', {}, lines[a.lineId] || a.lineId) },
            { title: t('col.unit'), value: a => a.unitName || a.unitCode },
            { title: t('col.dates'), sort: 'DATE', value: a => `${date(a.startDate)} – ${date(a.endDate)}` },
            { title: t('col.status'), value: a => h('span.badge.neutral', {}, label('activity.status', a.status)) },
            { title: t('col.enrolled'), num: true, value: a => number(a.enrolled) },
            { title: t('col.completed'), num: true, sort: 'PERSON_TURNS', value: a => number(a.completed) },
          ],
          rows: page.items,
        }) : h('p.muted', { 'data-testid': 'activities-none' },
          t(narrowed() ? 'plan.noActivitiesMatch' : 'plan.noActivities')),
        pager(page, go));
    },
  };
}

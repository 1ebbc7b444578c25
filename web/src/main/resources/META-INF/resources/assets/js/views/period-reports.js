// Periodic reports (báo cáo định kỳ) and their chain: the province's periods with their deadlines and states
// (#/period-reports, the ministry analyst adds ?tenant=), one period's report with its figures, the officer's comments,
// the steps of the chain and the sign-offs (#/period-reports/{reportId}), and the ministry's view of a period across
// the provinces — certified totals (approved reports only) beside the live ones, the reports outstanding
// (#/national/period-reports). Every step confirms first and sends If-Match with the version just read; the service
// decides who may take which step, the buttons only spare users the ones that would be refused.

import { h, replace, announce } from '../dom.js';
import { t, label, bilingual, lang, number, money, date, dateTime } from '../i18n.js';
import { get, call, ApiProblem } from '../api.js';
import { canDrillDown } from '../session.js';
import { table, options, problemBox, progressBar, downloadButton, shortProgrammeName } from '../components.js';
import { choicesFrom, hashWith } from '../list-query.js';
import {
  stateClass, stepsFor, needsReason, noticesOf, outstandingInOrder, certifiedBesideLive, PERIOD_FILTERS,
  NATIONAL_FILTERS, CADENCES, daysBetween, lastQuarter, measuresShown,
} from '../period-reports.js';

const REPORTS = '/api/v1/progress/period-reports';

/** Today in Việt Nam, yyyy-MM-dd: deadlines are days there, whatever the browser's zone. */
export function today() {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
}

function stateBadge(state, testId, words) {
  return h(`span.badge.${stateClass(state)}`, { 'data-testid': testId, 'data-state': state || '' },
    words || label('periodReport.state', state));
}

function lateBadge(testId) {
  return h('span.badge.bad', { 'data-testid': testId }, t('periodReport.late'));
}

function reportRoute(reportId, tenant) {
  return `#/period-reports/${encodeURIComponent(reportId)}${tenant ? `?tenant=${encodeURIComponent(tenant)}` : ''}`;
}

// ------------------------------------------------------------------------------------------ the province's periods

export async function periodListView(context) {
  const { main, query, alive } = context;
  const tenant = query.tenant || null;
  const scope = tenant ? { tenant } : {};
  const choices = choicesFrom(query, PERIOD_FILTERS);
  const [overview, page, notices] = await Promise.all([
    get('reporting', '/api/v1/progress', scope),
    get('reporting', '/api/v1/progress/periods', { ...scope, ...choices, size: 200 }),
    loadNotices(scope),
  ]);
  if (!alive()) return;
  const day = today();
  const reminders = notices ?? noticesOf(page.items, day);

  const go = () => {
    const next = Object.fromEntries(PERIOD_FILTERS.map(key => [key, selects[key].value]));
    const wanted = hashWith(location.hash, PERIOD_FILTERS, next);
    if (wanted !== location.hash) location.hash = wanted;
  };
  const currentYear = Number(day.slice(0, 4));
  const years = [];
  for (let year = currentYear; year >= 2021; year--) years.push([String(year), String(year)]);
  const selects = {
    programmeCode: h('select#periods-programme', { 'data-testid': 'periods-programme', onchange: go },
      options(overview.programmes.map(p => [p.programmeCode, shortProgrammeName(p.programmeName)]), choices.programmeCode,
        t('periodReport.allProgrammes'))),
    cadence: h('select#periods-cadence', { 'data-testid': 'periods-cadence', onchange: go },
      options(CADENCES.map(c => [c, label('periodReport.cadence', c)]), choices.cadence, t('periodReport.allCadences'))),
    year: h('select#periods-year', { 'data-testid': 'periods-year', onchange: go },
      options(years, choices.year, t('periodReport.allYears'))),
  };

  replace(main,
    h('div.page-head', {},
      h('div', {},
        h('nav.breadcrumbs', { 'aria-label': 'breadcrumbs' },
          tenant ? [h('a', { href: '#/national/period-reports' }, t('periodReport.nationalCrumb')), ' › '] : null,
          h('a', { href: `#/province${tenant ? `?tenant=${encodeURIComponent(tenant)}` : ''}` }, overview.province.name),
          ' › ', t('periodReport.crumb')),
        h('h1', { 'data-testid': 'periods-title' }, t('periodReport.listTitle', { name: overview.province.name })),
        h('p.muted', {}, t('periodReport.listIntro')))),
    noticeSection(reminders, tenant, day),
    h('section.card', { 'aria-labelledby': 'periods-heading' },
      h('h2#periods-heading', {}, t('periodReport.periods')),
      h('div.actions', { role: 'group', 'aria-label': t('periodReport.filters') },
        h('label', { for: 'periods-programme' }, t('national.programme')), selects.programmeCode,
        h('label', { for: 'periods-cadence' }, t('periodReport.cadence')), selects.cadence,
        h('label', { for: 'periods-year' }, t('periodReport.year')), selects.year),
      page.items.length ? table({
        caption: t('periodReport.periodsCaption', { count: number(page.total ?? page.items.length) }),
        testId: 'periods',
        rowAttributes: row => ({ 'data-report': row.reportId }),
        columns: [
          { title: t('periodReport.period'), value: row => h('a', { href: reportRoute(row.reportId, tenant),
            'data-testid': `period-link-${row.reportId}` }, periodTitle(row)) },
          { title: t('national.programme'), value: row => shortProgrammeName(row.programmeName || row.programmeCode) },
          { title: t('periodReport.cadence'), value: row => label('periodReport.cadence', row.cadence) },
          { title: t('col.dates'), value: row => `${date(row.firstDay ?? row.from)} – ${date(row.lastDay ?? row.to)}` },
          { title: t('periodReport.deadline'), testId: row => `period-deadline-${row.reportId}`,
            value: row => [date(row.deadline), row.late ? [' ', lateBadge(`period-late-${row.reportId}`)] : null] },
          { title: t('col.status'), value: row => row.started === false && (row.state || 'DRAFT') === 'DRAFT'
            ? stateBadge('DRAFT', `period-state-${row.reportId}`, t('periodReport.notStarted'))
            : stateBadge(row.state, `period-state-${row.reportId}`) },
          { title: t('periodReport.lastStep'), value: row => (row.lastStep ? signOffText(row.lastStep) : t('common.none')) },
        ],
        rows: page.items,
      }) : h('p.muted', { 'data-testid': 'periods-empty' }, t('periodReport.noPeriods'))));
}

/** The reports due soon or overdue (reporting's notices), or null when the service has no such list. */
export async function loadNotices(scope) {
  try {
    const answer = await get('reporting', '/api/v1/progress/notices', scope);
    const rows = Array.isArray(answer) ? answer : answer?.items ?? answer?.notices ?? [];
    return rows;
  } catch (error) {
    if (error instanceof ApiProblem && (error.status === 404 || error.status === 405)) return null;
    // reminders are a help on this page: the list of periods still shows without them
    console.warn('notices not loaded', error);
    return null;
  }
}

/** The reminders, overdue first; with `limit` (the dashboard) the first few and a way to the rest. */
export function noticeSection(rows, tenant, day = today(), limit = Infinity) {
  if (!rows?.length) return null;
  const all = noticesOf(rows.map(row => ({ ...row, due: undefined })), day, 3650)
    .concat(rows.filter(row => !row.deadline));
  const sorted = all.slice(0, limit);
  const more = all.length - sorted.length;
  return h('section.notice', { 'data-testid': 'period-notices', 'aria-labelledby': 'notices-heading' },
    h('h2#notices-heading', {}, t('periodReport.notices')),
    h('ul', {}, sorted.map(row => {
      const left = row.daysLeft ?? (row.deadline ? daysBetween(day, row.deadline) : null);
      const late = row.late === true || (left != null && left < 0);
      // the service's own words of the reminder (what its e-mail says) when it gives them
      const words = bilingual(row.messageVi, row.messageEn);
      return h('li', { 'data-testid': `notice-${row.reportId}`, 'data-late': String(late) },
        h('a', { href: reportRoute(row.reportId, tenant) }, periodTitle(row)), ': ',
        words ? (late ? h('strong', {}, words) : words) : [
          shortProgrammeName(row.programmeName || row.programmeCode || ''), ' — ',
          late ? h('strong', {}, t('periodReport.overdueSince', { date: date(row.deadline), days: number(Math.abs(left ?? 0)) }))
            : t('periodReport.dueIn', { date: date(row.deadline), days: number(left ?? 0) })],
        row.state ? [' · ', stateBadge(row.state)] : null);
    })),
    more > 0 ? h('p', {}, h('a', { href: `#/period-reports${tenant ? `?tenant=${encodeURIComponent(tenant)}` : ''}`,
      'data-testid': 'notices-more' }, t('periodReport.moreNotices', { count: number(more) }))) : null);
}

function periodTitle(row) {
  return (lang() === 'en' ? row.titleEn : null) || row.titleVi || row.title || row.period;
}

function signOffText(signOff) {
  return `${label('periodReport.step', signOff.step)} — ${signOff.name || signOff.userId || ''} (${label('role', signOff.role)}), ${dateTime(signOff.at)}`;
}

// ------------------------------------------------------------------------------------------ one period's report

export async function periodReportView(context) {
  const { main, params: [reportId], query, user, alive } = context;
  const tenant = query.tenant || null;
  const scope = tenant ? { tenant } : {};
  const path = `${REPORTS}/${encodeURIComponent(reportId)}`;
  const report = await get('reporting', path, scope);
  if (!alive()) return;
  const message = h('div', { 'aria-live': 'polite', tabindex: '-1', 'data-testid': 'report-message' });
  render(report);

  function render(current) {
    const steps = stepsFor(user, current, today());
    const editable = steps.includes('comment') && !tenant;
    const comments = new Map();
    const confirmSlot = h('div', { 'data-testid': 'step-confirm-slot' });
    replace(main,
      header(current, tenant),
      message,
      summary(current),
      h('section.card', { 'aria-labelledby': 'report-steps' },
        h('h2#report-steps', {}, t('periodReport.steps')),
        h('p.small.muted', {}, t(`periodReport.explain.${current.state}`)),
        h('div.actions', { 'data-testid': 'report-actions' },
          steps.filter(step => step !== 'comment').map(step => h(`button${step === 'return' || step === 'reopen' ? '' : '.primary'}`, {
            type: 'button', 'data-testid': `report-${step}`,
            onclick: () => ask(step, confirmSlot, current),
          }, t(`periodReport.do.${step}`))),
          steps.length ? null : h('span.small.muted', { 'data-testid': 'report-no-steps' }, t('periodReport.noSteps'))),
        confirmSlot),
      figuresSection(current, editable, comments, () => saveComments(current, comments)),
      signOffSection(current),
      earlierSection(current));
  }

  /** Asks to confirm a step (and its reason where one is needed), then sends it with the version just read. */
  function ask(step, slot, current) {
    const reason = needsReason(step)
      ? h('textarea#step-reason', { name: 'reason', rows: 3, maxlength: 2000, 'data-testid': 'step-reason', required: true })
      : null;
    const problem = h('div');
    const confirm = h('button.primary', { type: 'button', 'data-testid': 'step-confirm', onclick: async () => {
      if (reason && !reason.value.trim()) {
        replace(problem, h('div.problem', { role: 'alert', 'data-testid': 'step-reason-required' }, t('periodReport.reasonRequired')));
        reason.focus();
        return;
      }
      confirm.disabled = true;
      try {
        const body = reason ? { reason: reason.value.trim() } : undefined;
        const next = await call('reporting', `${path}/${step}`, { method: 'POST', query: scope, ifMatch: current.version,
          json: body ?? {} });
        const done = t(`periodReport.done.${step}`, { period: periodTitle(next) });
        announce(done);
        render(next);
        replace(message, h('div.success', { role: 'status', 'data-testid': 'step-done' }, done));
      } catch (error) {
        confirm.disabled = false;
        replace(problem, problemBox(error, 'step-problem'));
      }
    } }, t('periodReport.confirm'));
    replace(slot, h('div.card.confirm', { role: 'group', 'aria-labelledby': 'step-question', 'data-testid': `confirm-${step}` },
      h('p#step-question', {}, h('strong', {}, t(`periodReport.ask.${step}`, { period: periodTitle(current) }))),
      reason ? h('div.field', {}, h('label', { for: 'step-reason' }, t('periodReport.reason')), reason) : null,
      problem,
      h('div.actions', {}, confirm,
        h('button', { type: 'button', 'data-testid': 'step-cancel', onclick: () => slot.replaceChildren() }, t('common.cancel')))));
    (reason || confirm).focus();
  }

  async function saveComments(current, comments) {
    const changed = [...comments.values()].filter(entry => entry.input.value !== (entry.was ?? ''))
      .map(entry => ({ planId: entry.planId, lineId: entry.lineId, comment: entry.input.value }));
    message.replaceChildren();
    if (!changed.length) {
      replace(message, h('p.small.muted', { 'data-testid': 'comments-unchanged' }, t('periodReport.commentsUnchanged')));
      return;
    }
    try {
      const next = await call('reporting', `${path}/comments`, { method: 'PUT', query: scope, ifMatch: current.version,
        json: { comments: changed } });
      render(next);
      announce(t('periodReport.commentsSaved'));
      replace(message, h('div.success', { role: 'status', 'data-testid': 'comments-saved' }, t('periodReport.commentsSaved')));
    } catch (error) {
      replace(message, problemBox(error, 'comments-problem'));
      message.focus();
    }
  }
}

function header(report, tenant) {
  const scope = tenant ? { tenant } : {};
  const list = `#/period-reports${tenant ? `?tenant=${encodeURIComponent(tenant)}` : ''}`;
  return h('div.page-head', {},
    h('div', {},
      h('nav.breadcrumbs', { 'aria-label': 'breadcrumbs' },
        tenant ? [h('a', { href: '#/national/period-reports' }, t('periodReport.nationalCrumb')), ' › '] : null,
        h('a', { href: list, 'data-testid': 'report-back' }, t('periodReport.crumb')), ' › ', periodTitle(report)),
      h('h1', { 'data-testid': 'report-title' }, t('periodReport.reportTitle', { period: periodTitle(report),
        name: report.provinceName || report.tenantId })),
      h('p', {}, shortProgrammeName(report.programmeName || report.programmeCode)),
      h('p', {}, stateBadge(report.state, 'report-state'),
        report.late ? [' ', lateBadge('report-late')] : null,
        ' ', h('span.small', { 'data-testid': 'report-revision' }, t('periodReport.revision', { n: number(report.revision || 0) })))),
    h('div.actions', {},
      downloadButton(t('periodReport.xlsx'), 'reporting', `${REPORTS}/${encodeURIComponent(report.reportId)}/export`,
        { ...scope, format: 'xlsx' }, `bao-cao-${report.period}.xlsx`, 'report-xlsx'),
      printButton(report, scope)));
}

/** The printable page of the report: fetched with the token in its header, then opened as the browser's own page. */
function printButton(report, scope) {
  const status = h('span.small.muted', { 'aria-live': 'polite' });
  const button = h('button', { type: 'button', 'data-testid': 'report-print', onclick: async () => {
    // opened at the click, so that the browser lets it open; filled once the page has come
    const opened = window.open('', '_blank');
    status.replaceChildren();
    try {
      const response = await call('reporting', `${REPORTS}/${encodeURIComponent(report.reportId)}/export`,
        { query: { ...scope, format: 'html' }, raw: true, headers: { Accept: 'text/html' } });
      const blob = await response.blob();
      const address = URL.createObjectURL(new Blob([blob], { type: 'text/html;charset=utf-8' }));
      if (opened) opened.location = address;
      else window.location.assign(address);
      setTimeout(() => URL.revokeObjectURL(address), 60000);
    } catch (error) {
      opened?.close();
      status.replaceChildren(problemBox(error));
    }
  } }, t('periodReport.print'));
  return h('span.actions', {}, button, status);
}

function summary(report) {
  return h('section.card', { 'aria-labelledby': 'report-facts' },
    h('h2.visually-hidden#report-facts', {}, t('periodReport.facts')),
    h('dl.facts', {},
      h('dt', {}, t('periodReport.period')), h('dd', { 'data-testid': 'report-period' },
        `${periodTitle(report)} (${date(report.firstDay)} – ${date(report.lastDay)})`),
      h('dt', {}, t('periodReport.deadline')), h('dd', { 'data-testid': 'report-deadline' }, date(report.deadline)),
      h('dt', {}, t('periodReport.figuresOf')), h('dd', { 'data-testid': 'report-frozen' }, report.frozen
        ? t('periodReport.frozenAt', { time: dateTime(report.figuresAsOf) }) : t('periodReport.liveFigures'))));
}

function figuresSection(report, editable, comments, save) {
  const total = report.total;
  const rows = [];
  for (const plan of report.plans || []) {
    rows.push({ kind: 'plan', plan, figures: plan.figures });
    for (const line of plan.lines || []) rows.push({ kind: 'line', plan, line, figures: line.figures });
  }
  if (total) rows.push({ kind: 'total', figures: total });
  const commentCell = row => {
    if (row.kind !== 'line') return '';
    if (!editable) {
      return row.line.comment ? h('span', { 'data-testid': `comment-${row.plan.planId}-${row.line.lineId}` }, row.line.comment)
        : h('span.muted', {}, t('common.none'));
    }
    const id = `comment-${row.plan.planId}-${row.line.lineId}`;
    const input = h(`textarea#${id.replace(/[^\w-]/g, '_')}`, { name: id, rows: 2, maxlength: 2000,
      'data-testid': id, 'aria-label': t('periodReport.commentOn', { line: row.line.description || row.line.lineId }) });
    input.value = row.line.comment || '';
    comments.set(id, { planId: row.plan.planId, lineId: row.line.lineId, input, was: row.line.comment || '' });
    return input;
  };
  const name = row => {
    if (row.kind === 'plan') return h('strong', {}, row.plan.title, row.plan.documentNumber ? h('span.small.muted', {}, ` (${row.plan.documentNumber})`) : null);
    if (row.kind === 'total') return h('strong', {}, t('common.total'));
    return h('span.line-name', {}, row.line.description || row.line.lineId);
  };
  const testOf = (row, what) => (row.kind === 'total' ? `report-total-${what}`
    : row.kind === 'plan' ? `report-plan-${row.plan.planId}-${what}` : `report-line-${row.plan.planId}-${row.line.lineId}-${what}`);
  return h('section.card', { 'aria-labelledby': 'report-figures' },
    h('h2#report-figures', {}, t('periodReport.figures')),
    rows.length ? table({
      testId: 'report-figures',
      caption: t('periodReport.figuresCaption', { from: date(report.firstDay), to: date(report.lastDay) }),
      rowAttributes: row => ({ class: row.kind === 'line' ? null : 'subtotal' }),
      columns: [
        { title: t('periodReport.planOrLine'), value: name },
        { title: t('col.activities'), num: true, testId: row => testOf(row, 'activities'),
          value: row => `${number(row.figures?.activitiesHeld)} / ${number(row.figures?.activitiesPlanned)}` },
        { title: t('col.personTurns'), value: row => progressBar({
          title: t('col.personTurns'), achieved: row.figures?.personTurns ?? 0, target: row.figures?.personTurnTarget ?? 0,
          percent: row.figures?.percent, inTable: true, testId: testOf(row, 'person-turns') }) },
        { title: t('col.women'), num: true, value: row => number(row.figures?.women) },
        { title: t('col.minority'), num: true, value: row => number(row.figures?.ethnicMinority) },
        { title: t('col.spent'), num: true, testId: row => testOf(row, 'spent'), value: row => money(row.figures?.spentVnd) },
        { title: t('periodReport.comment'), value: commentCell },
      ],
      rows,
    }) : h('p.muted', {}, t('periodReport.noPlans')),
    editable && comments.size ? h('div.actions', {},
      h('button.primary', { type: 'button', 'data-testid': 'comments-save', onclick: save }, t('periodReport.saveComments'))) : null);
}

function signOffSection(report) {
  const rows = report.signOffs || [];
  return h('section.card', { 'aria-labelledby': 'report-signoffs' },
    h('h2#report-signoffs', {}, t('periodReport.signOffs')),
    rows.length ? table({
      testId: 'report-signoffs',
      columns: [
        { title: t('periodReport.stepCol'), value: row => label('periodReport.step', row.step) },
        { title: t('col.name'), value: row => row.name || row.userId },
        { title: t('periodReport.role'), value: row => label('role', row.role) },
        { title: t('periodReport.at'), value: row => dateTime(row.at) },
        { title: t('periodReport.revisionCol'), num: true, value: row => number(row.revision) },
        { title: t('col.reason'), value: row => row.reason || '' },
      ],
      rows,
    }) : h('p.muted', { 'data-testid': 'report-no-signoffs' }, t('periodReport.noSignOffs')));
}

/** The versions the report had before it was reopened: what was approved, by whom, with which totals. */
function earlierSection(report) {
  const rows = report.earlierVersions || [];
  if (!rows.length) return null;
  return h('section.card', { 'aria-labelledby': 'report-earlier' },
    h('h2#report-earlier', {}, t('periodReport.earlier')),
    table({
      testId: 'report-earlier',
      columns: [
        { title: t('periodReport.revisionCol'), num: true, value: row => number(row.revision) },
        { title: t('col.status'), value: row => (row.state ? stateBadge(row.state) : t('common.none')) },
        { title: t('periodReport.approvedBy'), value: row => {
          const by = row.approvedBy || (row.signOffs || []).filter(s => s.step === 'APPROVE').at(-1);
          return by ? `${by.name || by.userId || ''} (${label('role', by.role)}), ${dateTime(by.at)}` : t('common.none');
        } },
        { title: t('periodReport.reopened'), testId: row => `earlier-${row.revision}-reopened`, value: row => {
          const by = row.reopenedBy;
          return [by ? `${by.name || ''} (${label('role', by.role)}), ${dateTime(row.reopenedAt)}` : t('common.none'),
            row.reason ? [h('br'), row.reason] : null];
        } },
        { title: t('col.personTurns'), num: true, value: row => number((row.total || row.figures)?.personTurns) },
        { title: t('col.spent'), num: true, value: row => money((row.total || row.figures)?.spentVnd) },
      ],
      rows,
    }));
}

// ------------------------------------------------------------------------------------------ the ministry's view

export async function nationalPeriodReportsView(context) {
  const { main, query, user, alive } = context;
  const choices = choicesFrom(query, NATIONAL_FILTERS);
  if (!choices.period) choices.period = lastQuarter(today());
  const [overview, answer] = await Promise.all([
    get('reporting', '/api/v1/national/progress', {}),
    get('reporting', '/api/v1/national/period-reports', choices),
  ]);
  if (!alive()) return;
  const rows = answer.rows || answer.items || answer.provinces || [];
  const drill = canDrillDown(user);

  const go = () => {
    const next = { period: periodSelect.value, programmeCode: programmeSelect.value };
    const wanted = hashWith(location.hash, NATIONAL_FILTERS, next);
    if (wanted !== location.hash) location.hash = wanted;
  };
  const periodSelect = h('select#national-period', { 'data-testid': 'national-period', onchange: go },
    options(periodChoices(today(), choices.period), choices.period));
  const programmeSelect = h('select#national-programme', { 'data-testid': 'national-programme', onchange: go },
    options((overview.selection?.programmes || overview.programmes.map(p => ({ code: p.programmeCode, name: p.programmeName })))
      .map(p => [p.code, shortProgrammeName(p.name)]), choices.programmeCode, t('national.allProgrammes')));

  const counts = countsOf(answer, rows);
  const measures = measuresShown(rows, answer.totals);
  replace(main,
    h('div.page-head', {},
      h('div', {},
        h('nav.breadcrumbs', { 'aria-label': 'breadcrumbs' }, h('a', { href: '#/national' }, t('nav.national')), ' › ',
          t('periodReport.crumb')),
        h('h1', { 'data-testid': 'national-reports-title' }, t('periodReport.nationalTitle', { period: choices.period })),
        h('p.muted', {}, t('periodReport.nationalIntro')),
        h('div.actions', { role: 'group', 'aria-label': t('periodReport.filters') },
          h('label', { for: 'national-period' }, t('periodReport.period')), periodSelect,
          h('label', { for: 'national-programme' }, t('national.programme')), programmeSelect))),
    h('div.grid', { 'data-testid': 'national-counts' },
      ['submitted', 'approved', 'accepted', 'outstanding', 'late'].map(key => h('section.card.kpi', {},
        h('h3', {}, t(`periodReport.count.${key}`)),
        h('div.value.num', { 'data-testid': `count-${key}` }, number(counts[key] ?? 0))))),
    totalsSection(answer.totals, measures),
    h('section.card', { 'aria-labelledby': 'national-provinces' },
      h('h2#national-provinces', {}, t('periodReport.byProvince')),
      h('p.small.muted', {}, t('periodReport.certifiedNote')),
      rows.length ? table({
        testId: 'national-reports',
        rowAttributes: row => ({ 'data-tenant': row.tenantId, 'data-programme': row.programmeCode }),
        columns: [
          { title: t('col.province'), value: row => [drill && row.reportId
            ? h('a', { href: reportRoute(row.reportId, row.tenantId), 'data-testid': `open-report-${row.tenantId}` },
              row.provinceName || row.tenantId)
            : row.provinceName || row.tenantId,
          h('br'), h('span.small.muted', {}, shortProgrammeName(row.programmeName || row.programmeCode))] },
          { title: t('col.status'), value: row => [stateBadge(row.state, `national-state-${row.tenantId}`,
            bilingual(row.stateVi, row.stateEn) || null), row.late ? [' ', lateBadge(`national-late-${row.tenantId}`)] : null] },
          { title: t('periodReport.deadline'), value: row => date(row.deadline) },
          ...measures.map(measure => ({
            title: t(`periodReport.measure.${measure}`),
            testId: row => `national-${row.tenantId}-${measure}`,
            value: row => besideCell(row, measure),
          })),
        ],
        rows,
      }) : h('p.muted', { 'data-testid': 'national-reports-empty' }, t('periodReport.noProvinces'))),
    outstandingSection(answer.outstanding || [], drill));
}

/** The quarters, halves and years from 2021 to the current one, newest first, and the chosen one if it is none. */
function periodChoices(day, chosen) {
  const year = Number(day.slice(0, 4));
  const list = [];
  for (let y = year; y >= 2021; y--) {
    for (let q = 4; q >= 1; q--) list.push([`${y}-Q${q}`, t('periodReport.quarter', { q, year: y })]);
    list.push([`${y}-H2`, t('periodReport.half', { h: 2, year: y })], [`${y}-H1`, t('periodReport.half', { h: 1, year: y })],
      [String(y), t('periodReport.yearOf', { year: y })]);
  }
  if (chosen && !list.some(([value]) => value === chosen)) list.unshift([chosen, chosen]);
  return list;
}

function countsOf(answer, rows) {
  const given = answer.counts || {};
  const count = states => rows.filter(row => states.includes(row.state)).length;
  return {
    submitted: given.submitted ?? count(['SUBMITTED']),
    approved: given.approved ?? count(['APPROVED']),
    accepted: given.accepted ?? count(['ACCEPTED']),
    outstanding: given.outstanding ?? (answer.outstanding || []).length,
    late: given.late ?? rows.filter(row => row.late).length,
  };
}

function formatOf(measure) {
  return measure === 'spentVnd' ? money : number;
}

/** Certified beside live in one cell: "Chưa có số liệu chính thức" where nothing is certified. */
function besideCell(row, measure) {
  const pair = certifiedBesideLive(row).find(entry => entry.measure === measure);
  const format = formatOf(measure);
  return h('div.beside', {},
    h('div', {}, h('span.small.muted', {}, `${t('periodReport.certified')}: `),
      pair.certified == null
        ? h('span.muted', { 'data-testid': `national-${row.tenantId}-${measure}-certified`, 'data-none': 'true' }, t('periodReport.noCertified'))
        : h('strong', { 'data-testid': `national-${row.tenantId}-${measure}-certified` }, format(pair.certified))),
    h('div', {}, h('span.small.muted', {}, `${t('periodReport.live')}: `),
      h('span', { 'data-testid': `national-${row.tenantId}-${measure}-live` }, format(pair.live))));
}

function totalsSection(totals, measures) {
  if (!totals) return null;
  const row = { tenantId: 'total', certified: totals.certified, live: totals.live };
  const pairs = certifiedBesideLive(row).filter(pair => measures.includes(pair.measure));
  return h('section.card', { 'aria-labelledby': 'national-totals' },
    h('h2#national-totals', {}, t('periodReport.nationwide')),
    table({
      testId: 'national-totals',
      columns: [
        { title: t('periodReport.measureCol'), value: pair => t(`periodReport.measure.${pair.measure}`) },
        { title: t('periodReport.certified'), num: true, testId: pair => `total-${pair.measure}-certified`,
          value: pair => (pair.certified == null ? h('span.muted', {}, t('periodReport.noCertified')) : formatOf(pair.measure)(pair.certified)) },
        { title: t('periodReport.live'), num: true, testId: pair => `total-${pair.measure}-live`,
          value: pair => formatOf(pair.measure)(pair.live) },
      ],
      rows: pairs,
    }));
}

function outstandingSection(rows, drill) {
  const sorted = outstandingInOrder(rows);
  return h('section.card', { 'aria-labelledby': 'national-outstanding' },
    h('h2#national-outstanding', {}, t('periodReport.outstanding')),
    sorted.length ? table({
      testId: 'national-outstanding',
      rowAttributes: row => ({ 'data-tenant': row.tenantId }),
      columns: [
        { title: t('col.province'), value: row => (drill && row.reportId
          ? h('a', { href: reportRoute(row.reportId, row.tenantId) }, row.provinceName || row.tenantId)
          : row.provinceName || row.tenantId) },
        { title: t('national.programme'), value: row => shortProgrammeName(row.programmeName || row.programmeCode) },
        { title: t('col.status'), value: row => stateBadge(row.state, null, bilingual(row.stateVi, row.stateEn) || null) },
        { title: t('periodReport.deadline'), value: row => [date(row.deadline), ' ', row.late
          ? lateBadge(`outstanding-late-${row.tenantId}`)
          : h('span.small', {}, t('periodReport.daysLeft', { days: number(row.daysLeft ?? daysBetween(today(), row.deadline)) }))] },
      ],
      rows: sorted,
    }) : h('p', { 'data-testid': 'national-outstanding-none' }, t('periodReport.noneOutstanding')));
}


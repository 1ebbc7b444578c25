// The close-out report of a phase (báo cáo tổng kết), printable: what each programme achieved against the phase's
// targets, what was not reached and by how much, the money by source, and each plan — closed out (its figures final)
// or not yet. #/closeout is the province's (the ministry analyst adds ?tenant=), #/national/closeout the country's;
// ?phase=2021-2025 by default. A province officer closes out a plan whose deadline has come from here.

import { h, replace, announce } from '../dom.js';
import { t, label, number, money, percent, date, dateTime } from '../i18n.js';
import { get, postAt } from '../api.js';
import { canWrite } from '../session.js';
import { table, downloadButton, problemBox, shortProgrammeName } from '../components.js';

export async function closeoutView(context) {
  await render(context, false);
}

export async function nationalCloseoutView(context) {
  await render(context, true);
}

async function render(context, national) {
  const { main, query, user, alive } = context;
  const phase = query.phase || '2021-2025';
  const scope = !national && query.tenant ? { tenant: query.tenant } : {};
  const base = national ? '/api/v1/national/closeout' : '/api/v1/progress/closeout';
  const report = await get('reporting', base, { ...scope, phase });
  if (!alive()) return;
  const closes = !national && !query.tenant && canWrite(user);
  const notice = h('div', { 'aria-live': 'polite' });

  const header = h('div.page-head', {},
    h('div', {},
      h('nav.breadcrumbs', { 'aria-label': 'breadcrumbs' },
        national ? h('a', { href: '#/national' }, t('nav.national'))
          : h('a', { href: `#/province${query.tenant ? `?tenant=${encodeURIComponent(query.tenant)}` : ''}` },
            report.scopeName), ' › ', t('closeout.crumb')),
      h('h1', { 'data-testid': 'closeout-title' }, t('closeout.title', { phase: report.phase })),
      h('p', {}, national ? t('closeout.national') : t('closeout.province', { name: report.scopeName })),
      h('p.meta', { 'data-testid': 'data-as-of' }, t('common.asOf', { date: date(report.asOf) }), ' · ',
        t('common.dataAsOf', { time: dateTime(report.dataAsOf) })),
      h('p.small.muted', {}, t('closeout.frozenNote'))),
    h('div.actions', {},
      h('button', { type: 'button', 'data-testid': 'closeout-print', onclick: () => window.print() }, t('closeout.print')),
      downloadButton(t('closeout.export'), 'reporting', `${base}/export`, { ...scope, phase },
        `tong-ket-${report.phase}.xlsx`, 'closeout-export')));

  const sections = [
    header,
    notice,
    programmeSection(report),
    moneySection(report),
    shortfallSection(report),
    national ? provinceSection(report) : null,
    planSection(report, national || query.tenant, closes ? plan => closeOutButton(plan, notice, context) : null),
    h('p.small.muted.print-only', {}, t('closeout.printedOn', { date: date(report.asOf) })),
  ];
  replace(main, h('div.closeout', { 'data-testid': 'closeout' }, sections));
}

function gap(g) {
  if (!g) return t('common.none');
  return `${number(g.achieved)} / ${number(g.target)}${g.percent == null ? '' : ` (${percent(g.percent)})`}`;
}

function short(n) {
  return n > 0 ? h('strong.shortfall', {}, `−${number(n)}`) : t('closeout.reached');
}

function share(s, missing) {
  const text = s.share == null ? number(s.count) : `${number(s.count)} (${percent(s.share)})`;
  return missing > 0 ? [text, ' ', h('strong.shortfall', {}, t('closeout.missing', { n: number(missing) }))] : text;
}

function resultColumns(name, idOf = () => null) {
  const id = (row, what) => (idOf(row) ? `${idOf(row)}-${what}` : null);
  return [
    { title: name.title, value: name.value },
    { title: t('closeout.plans'), num: true, value: row => `${number(row.result.plansClosedOut)} / ${number(row.result.plans)}` },
    { title: t('col.activities'), num: true, value: row => gap(row.result.activities) },
    { title: t('closeout.activitiesShort'), num: true, value: row => short(row.result.activities.shortfall) },
    { title: t('col.personTurns'), num: true, testId: row => id(row, 'person-turns'), value: row => gap(row.result.personTurns) },
    { title: t('closeout.personTurnsShort'), num: true, testId: row => id(row, 'person-turns-short'),
      value: row => short(row.result.personTurns.shortfall) },
    { title: t('closeout.women'), num: true, value: row => share(row.result.women, row.result.womenShortfall) },
    { title: t('closeout.ethnicMinority'), num: true,
      value: row => share(row.result.ethnicMinority, row.result.ethnicMinorityShortfall) },
    { title: t('closeout.persons'), num: true,
      value: row => (row.result.uniquePersons == null ? t('common.none') : number(row.result.uniquePersons)) },
    { title: t('closeout.coverage'), num: true, value: row => gap(row.result.coverage) },
    { title: t('col.spent'), num: true, value: row => money(row.result.budget.spentVnd) },
    { title: t('closeout.costPerTurn'), num: true, value: row => money(row.result.budget.costPerPersonTurnVnd) },
  ];
}

function programmeSection(report) {
  const rows = [...report.programmes, { programmeCode: null, programmeName: t('common.total'), result: report.total }];
  return h('section.card', { 'aria-labelledby': 'closeout-programmes' },
    h('h2#closeout-programmes', {}, t('closeout.programmes')),
    report.programmes.length ? table({
      caption: t('closeout.programmesCaption', { year: report.phaseEnd.slice(0, 4) }),
      testId: 'closeout-programmes',
      columns: resultColumns({ title: t('closeout.programme'),
        value: row => (row.programmeCode ? shortProgrammeName(row.programmeName || row.programmeCode) : h('strong', {}, row.programmeName)) },
      row => `closeout-${row.programmeCode || 'total'}`),
      rows,
    }) : h('p.muted', {}, t('closeout.noPlans')));
}

function moneySection(report) {
  const rows = [...report.programmes, { programmeName: t('common.total'), result: report.total }]
    .flatMap(p => [...p.result.budget.bySource.map(s => ({ programme: p.programmeName || p.programmeCode, ...s })),
      { programme: p.programmeName || p.programmeCode, source: null, ...p.result.budget }]);
  return h('section.card', { 'aria-labelledby': 'closeout-money' },
    h('h2#closeout-money', {}, t('closeout.money')),
    table({
      testId: 'closeout-money',
      columns: [
        { title: t('closeout.programme'), value: row => shortProgrammeName(row.programme) },
        { title: t('closeout.source'), value: row => (row.source ? label('source', row.source) : h('strong', {}, t('closeout.allSources'))) },
        { title: t('closeout.envelope'), num: true, value: row => money(row.envelopeVnd) },
        { title: t('closeout.allocated'), num: true, value: row => money(row.allocatedVnd) },
        { title: t('col.spent'), num: true, value: row => money(row.spentVnd) },
        { title: t('closeout.settled'), num: true, value: row => money(row.settledVnd) },
      ],
      rows,
    }));
}

function shortfallSection(report) {
  return h('section.card', { 'aria-labelledby': 'closeout-short' },
    h('h2#closeout-short', {}, t('closeout.notReached')),
    h('p.small.muted', {}, t('closeout.notReachedNote')),
    report.notReached.length ? table({
      testId: 'closeout-not-reached',
      columns: [
        report.scope === 'NATIONAL' ? { title: t('closeout.provinceCol'), value: row => row.tenantId } : null,
        { title: t('plan.title'), value: row => row.planTitle },
        { title: t('closeout.line'), value: row => row.lineDescription || row.lineId },
        { title: t('closeout.measure'), value: row => label('closeout.measure', row.measure) },
        { title: t('common.target'), num: true, value: row => number(row.target) },
        { title: t('closeout.achieved'), num: true, value: row => number(row.achieved) },
        { title: t('closeout.short'), num: true, value: row => h('strong.shortfall', {}, `−${number(row.shortfall)}`) },
      ].filter(Boolean),
      rows: report.notReached,
    }) : h('p', { 'data-testid': 'closeout-all-reached' }, t('closeout.allReached')));
}

function provinceSection(report) {
  return h('section.card', { 'aria-labelledby': 'closeout-provinces' },
    h('h2#closeout-provinces', {}, t('closeout.provinces')),
    table({
      testId: 'closeout-provinces',
      columns: resultColumns({ title: t('closeout.provinceCol'),
        value: row => [h('a', { href: `#/closeout?tenant=${encodeURIComponent(row.tenantId)}&phase=${report.phase}` }, row.name),
          h('br'), h('span.small.muted', {}, shortProgrammeName(row.programmeName || row.programmeCode))] }),
      rows: report.provinces,
    }));
}

/** @param {boolean} named links name the plan's province (the analyst's view of another province or the country) */
function planSection(report, named, action) {
  return h('section.card', { 'aria-labelledby': 'closeout-plans' },
    h('h2#closeout-plans', {}, t('closeout.planList')),
    report.plans.length ? table({
      testId: 'closeout-plans',
      columns: [
        { title: t('plan.title'), value: row => h('a', { href: `#/plans/${encodeURIComponent(row.planId)}${
          named ? `?tenant=${encodeURIComponent(row.tenantId)}` : ''}` }, row.title) },
        { title: t('col.document'), value: row => row.documentNumber || t('common.none') },
        { title: t('col.period'), value: row => `${date(row.periodStart)} – ${date(row.periodEnd)}` },
        { title: t('col.activities'), num: true, value: row => gap(row.result.activities) },
        { title: t('col.personTurns'), num: true, value: row => gap(row.result.personTurns) },
        { title: t('col.spent'), num: true, value: row => money(row.result.budget.spentVnd) },
        { title: t('col.status'), testId: row => `closeout-state-${row.planId}`, value: row => (row.closedOutOn
          ? [h('span.badge.neutral', {}, t('closeout.closedOut', { date: date(row.closedOutOn) })),
            row.changesAfterCloseOut ? h('span.small.muted', {}, ' ', t('closeout.changesAfter', { n: number(row.changesAfterCloseOut) })) : null]
          : [t('closeout.open'), action && row.deadline <= report.asOf ? [' ', action(row)] : null]) },
      ],
      rows: report.plans,
    }) : h('p.muted', {}, t('closeout.noPlans')));
}

/** Closes a plan out at plan-service (If-Match: the version read just before), then shows the report again. */
function closeOutButton(plan, notice, context) {
  const button = h('button', {
    type: 'button', 'data-testid': `close-out-${plan.planId}`,
    onclick: async () => {
      if (!window.confirm(t('closeout.confirm', { title: plan.title }))) return;
      button.disabled = true;
      try {
        const current = await get('plan', `/api/v1/plans/${encodeURIComponent(plan.planId)}`);
        await postAt('plan', `/api/v1/plans/${encodeURIComponent(plan.planId)}/close-out`, current.version, {});
        announce(t('closeout.done', { title: plan.title }));
        replace(notice, h('p.notice', { 'data-testid': 'closeout-done' }, t('closeout.done', { title: plan.title })));
        setTimeout(() => { if (context.alive()) render(context, false); }, 1500);
      } catch (error) {
        replace(notice, problemBox(error));
        button.disabled = false;
      }
    },
  }, t('closeout.closeOut'));
  return button;
}

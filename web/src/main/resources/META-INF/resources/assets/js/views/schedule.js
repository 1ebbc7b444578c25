// Scheduling a class, workshop or study tour under one of the plan's target lines. The programme's rules (length,
// field sessions, attendance) are shown; enrolment-service checks them and names every field it refuses.

import { h, replace, announce } from '../dom.js';
import { t, label, date } from '../i18n.js';
import { get, postOnce, requestKey } from '../api.js';
import { field, options, showFormProblem, clearFormProblem, dateInput, readDate } from '../components.js';

export async function scheduleView({ main, params: [planId], alive, navigate }) {
  const [plan, units] = await Promise.all([
    get('plan', `/api/v1/plans/${encodeURIComponent(planId)}`),
    get('enrolment', '/api/v1/reference/units'),
  ]);
  if (!alive()) return;

  const line = h('select#targetLineId', { name: 'targetLineId', required: true, 'data-testid': 'schedule-line' },
    options(plan.targetLines.map(l => [l.lineId, `${l.lineId} — ${l.description || label('kind', l.activityKind)}`]),
      plan.targetLines.length === 1 ? plan.targetLines[0].lineId : null, t('field.choose')));
  const title = h('input#title', { name: 'title', required: true, 'data-testid': 'schedule-title' });
  const unit = h('select#unitCode', { name: 'unitCode', required: true, 'data-testid': 'schedule-unit' },
    options(units.map(u => [u.code, `${u.name}${u.validTo ? ` (${t('schedule.unitValid',
      { from: date(u.validFrom), to: date(u.validTo) })})` : ''}`]), units.length === 1 ? units[0].code : null,
    t('field.choose')));
  const start = dateInput('startDate', 'startDate', null, { 'data-testid': 'schedule-start', required: true });
  const end = dateInput('endDate', 'endDate', null, { 'data-testid': 'schedule-end', required: true });
  const capacity = h('input#capacity', { name: 'capacity', inputmode: 'numeric', required: true,
    'data-testid': 'schedule-capacity' });
  const trainers = h('textarea#trainers', { name: 'trainers', rows: 2 });
  const sessionRows = h('tbody');
  const sessions = h('div.table-wrap', {}, h('table.sessions-table', {},
    h('caption', {}, t('schedule.sessions')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '#'), h('th', { scope: 'col' }, t('schedule.sessionDate')),
      h('th', { scope: 'col' }, t('schedule.sessionKind')), h('th', { scope: 'col' }, t('schedule.sessionTopic')),
      h('th', { scope: 'col' }, h('span.visually-hidden', {}, t('common.cancel'))))),
    sessionRows));

  const renumber = () => [...sessionRows.children].forEach((row, i) => {
    row.querySelector('th').textContent = String(i + 1);
    row.querySelectorAll('[data-part]').forEach(input => {
      input.name = `sessions[${i}].${input.dataset.part}`;
      input.id = `session-${i}-${input.dataset.part}`;
      input.setAttribute('aria-label', `${t(`schedule.session${input.dataset.part === 'date' ? 'Date'
        : input.dataset.part === 'kind' ? 'Kind' : 'Topic'}`)} ${i + 1}`);
    });
    row.querySelector('button').setAttribute('aria-label', t('schedule.removeSession', { n: i + 1 }));
  });
  const addSession = (values = {}) => {
    const row = h('tr', {},
      h('th', { scope: 'row' }),
      h('td', {}, h('input', { type: 'text', inputmode: 'numeric', placeholder: 'dd/mm/yyyy', dataset: { part: 'date' },
        value: values.date || start.value || '' })),
      h('td', {}, h('select', { dataset: { part: 'kind' } },
        options(['THEORY', 'FIELD'].map(kind => [kind, label('session', kind)]), values.kind || 'THEORY'))),
      h('td', {}, h('input', { dataset: { part: 'topic' }, value: values.topic || '' })),
      h('td', {}, h('button', { type: 'button', onclick: () => { row.remove(); renumber(); } }, '✕')));
    sessionRows.append(row);
    renumber();
  };
  addSession();

  const rules = plan.effectiveRules || {};
  const ruleText = ['minDurationDays', 'minFieldSessions', 'minAttendancePercent']
    .filter(rule => rules[rule] != null)
    .map(rule => t(`schedule.rule.${rule}`, { n: rules[rule] })).join('; ');

  const slot = h('div', { tabindex: '-1' });
  const submit = h('button.primary', { type: 'submit', 'data-testid': 'schedule-submit' }, t('schedule.submit'));
  // one key per form: a submission repeated after a lost answer (a dropped connection) schedules the class once
  const key = requestKey();
  const form = h('form', { novalidate: true, onsubmit: async event => {
    event.preventDefault();
    clearFormProblem(form, slot);
    submit.disabled = true;
    try {
      const request = {
        planId,
        targetLineId: line.value || null,
        title: title.value.trim() || null,
        unitCode: unit.value || null,
        startDate: readDate(start),
        endDate: readDate(end),
        capacity: capacity.value.trim() === '' ? null : Number(capacity.value.trim()),
        sessions: [...sessionRows.children].map(row => ({
          date: readDate(row.querySelector('[data-part="date"]')),
          kind: row.querySelector('[data-part="kind"]').value,
          topic: row.querySelector('[data-part="topic"]').value.trim() || null,
        })),
        trainers: trainers.value.split('\n').map(name => name.trim()).filter(Boolean),
      };
      if (Number.isNaN(request.capacity)) request.capacity = capacity.value; // the service names the field
      const created = await postOnce('enrolment', '/api/v1/training-events', request, key);
      announce(t('schedule.title'));
      navigate(`#/activities/${encodeURIComponent(created.id)}`);
    } catch (error) {
      showFormProblem(form, slot, error);
    } finally {
      submit.disabled = false;
    }
  } },
  slot,
  field(t('schedule.line'), line),
  field(t('schedule.name'), title),
  h('div.fields', {},
    field(t('schedule.unit'), unit),
    field(t('schedule.start'), start),
    field(t('schedule.end'), end),
    field(t('schedule.capacity'), capacity)),
  sessions,
  h('p', {}, h('button', { type: 'button', 'data-testid': 'add-session', onclick: () => addSession() },
    t('schedule.addSession'))),
  field(t('schedule.trainers'), trainers),
  submit);

  replace(main,
    h('nav.breadcrumbs', { 'aria-label': 'breadcrumbs' }, h('a', { href: '#/province' }, t('nav.province')), ' › ',
      h('a', { href: `#/plans/${encodeURIComponent(planId)}` }, plan.documentNumber || plan.title)),
    h('h1', {}, t('schedule.title')),
    h('p.muted', {}, plan.title, ` · ${t('plan.period')}: ${date(plan.periodStart)} – ${date(plan.periodEnd)}`),
    ruleText ? h('p.notice', {}, t('schedule.rules', { rules: ruleText })) : null,
    h('section.card', {}, form));
}

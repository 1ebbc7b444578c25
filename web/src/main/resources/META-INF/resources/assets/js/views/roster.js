// An activity's roster: who enrolled, who attended which session, who completed — and why someone did not — with the
// officer's edits in place (a session ticked or unticked, one learner completed or withdrawn). Province users only: the
// ministry reads totals, never learners.

import { h, replace, announce } from '../dom.js';
import { t, label, number, date } from '../i18n.js';
import { get, post } from '../api.js';
import { table, pager, options, problemBox } from '../components.js';

// a class of the usual size (up to a hundred learners) on one page
const PAGE_SIZE = 100;

/**
 * The roster of `activity` as a section that loads itself; `writable` lets the officer edit it, `onChange` is told
 * after an edit (the activity's counts moved).
 */
export function rosterSection(activity, { writable, onChange }) {
  const path = `/api/v1/training-events/${encodeURIComponent(activity.id)}/enrolments`;
  const sessions = activity.sessions || [];
  const editable = writable && activity.status !== 'CANCELLED' && activity.status !== 'CLOSED';
  const choice = { status: '', page: 0 };
  const message = h('div', { 'aria-live': 'polite', 'data-testid': 'roster-message' });
  const body = h('div', { 'data-testid': 'roster-body' });
  const statusSelect = h('select#roster-status', { 'data-testid': 'roster-status', onchange: () => {
    choice.status = statusSelect.value;
    choice.page = 0;
    load();
  } }, options(['ENROLLED', 'COMPLETED', 'WITHDRAWN'].map(status => [status, label('enrolment.status', status)]), '',
    t('roster.allStatuses')));
  const section = h('section.card', { 'aria-labelledby': 'roster-title', 'data-testid': 'roster' },
    h('h2#roster-title', {}, t('roster.title')),
    h('p.small.muted', {}, t('roster.rule', { required: number(activity.sessionsRequired),
      total: number(sessions.length) })),
    h('div.actions', {}, h('label', { for: 'roster-status' }, t('roster.status')), statusSelect),
    message, body);

  async function load() {
    try {
      const page = await get('enrolment', path, { status: choice.status || undefined, page: choice.page,
        size: PAGE_SIZE });
      render(page);
    } catch (error) {
      replace(body, problemBox(error, 'roster-problem'));
    }
  }

  function render(page) {
    if (!page.items.length) {
      replace(body, h('p.muted', { 'data-testid': 'roster-empty' },
        choice.status ? t('roster.noneWithStatus') : t('roster.none')));
      return;
    }
    replace(body,
      table({
        caption: t('roster.caption', { count: number(page.total) }),
        testId: 'roster-table',
        rowAttributes: row => ({ 'data-enrolment': row.id }),
        columns: [
          { title: t('roster.number'), num: true, value: row => number(choice.page * PAGE_SIZE + page.items.indexOf(row) + 1) },
          { title: t('roster.name'), value: row => row.fullName || t('common.none') },
          { title: t('roster.status'), value: row => h(`span.badge.${badgeOf(row.status)}`, {
            'data-testid': `roster-${key(row)}-status`, 'data-status': row.status }, label('enrolment.status', row.status)) },
          ...sessions.map(session => ({
            title: t('roster.session', { n: session.number }),
            value: row => attendanceCell(row, session),
          })),
          { title: t('roster.attended'), num: true, value: row => h('span', { 'data-testid': `roster-${key(row)}-attended` },
            `${number(row.sessionsAttended)}/${number(sessions.length)}`) },
          { title: t('roster.outcome'), value: row => h('span', { 'data-testid': `roster-${key(row)}-outcome` }, outcome(row)) },
          ...(editable ? [{ title: t('roster.actions'), value: row => actions(row) }] : []),
        ],
        rows: page.items,
      }),
      pager(page, next => {
        choice.page = next;
        load();
      }));
  }

  /** A session's mark: a box the officer ticks while the learner is enrolled; otherwise what was recorded. */
  function attendanceCell(row, session) {
    const mark = row.attendance?.find(m => m.session === session.number);
    const present = mark?.present === true;
    const name = t('roster.presentAt', { name: row.fullName || row.id, n: session.number });
    if (!editable || row.status !== 'ENROLLED') {
      return h('span', { 'data-testid': `roster-${key(row)}-session-${session.number}`, 'aria-label': name,
        'data-present': String(present) }, mark ? (present ? '✓' : '✗') : '–');
    }
    const box = h('input', { type: 'checkbox', 'aria-label': name, 'data-testid': `roster-${key(row)}-session-${session.number}`,
      'data-present': String(present), checked: present, onchange: () => edit(box,
        () => post('enrolment', `/api/v1/enrolments/${encodeURIComponent(row.id)}/attendance`,
          { sessions: [{ session: session.number, present: box.checked }] }),
        () => { box.checked = present; }) });
    return box;
  }

  /** Completed on a day (with its certificate), withdrawn and why, or what is missing for completion. */
  function outcome(row) {
    if (row.status === 'COMPLETED') {
      return row.certificateNumber
        ? t('roster.completedWithCertificate', { date: date(row.completedOn), certificate: row.certificateNumber })
        : t('roster.completedOn', { date: date(row.completedOn) });
    }
    if (row.status === 'WITHDRAWN') {
      const when = t(row.completionRevoked ? 'roster.revokedOn' : 'roster.withdrawnOn', { date: date(row.withdrawnOn) });
      return row.withdrawalReason ? `${when}: ${row.withdrawalReason}` : when;
    }
    return row.sessionsAttended >= activity.sessionsRequired
      ? t('roster.eligible')
      : t('roster.notEnough', { attended: number(row.sessionsAttended), required: number(activity.sessionsRequired) });
  }

  function actions(row) {
    if (row.status === 'WITHDRAWN') return null;
    const buttons = [];
    if (row.status === 'ENROLLED') {
      const complete = h('button.small', { type: 'button', 'data-testid': `roster-${key(row)}-complete`,
        disabled: row.sessionsAttended < activity.sessionsRequired, onclick: () => edit(complete,
          () => post('enrolment', `/api/v1/enrolments/${encodeURIComponent(row.id)}/completion`, {})) },
      t('roster.complete'));
      buttons.push(complete);
    }
    const reason = h('input.small', { type: 'text', maxlength: 500, 'aria-label': t('roster.reason'),
      placeholder: t('roster.reason'), 'data-testid': `roster-${key(row)}-reason` });
    const withdraw = h('button.small', { type: 'button', 'data-testid': `roster-${key(row)}-withdraw`, onclick: () => {
      if (!reason.value.trim()) {
        message.replaceChildren(h('div.problem', { role: 'alert' }, t('roster.reasonRequired')));
        reason.focus();
        return;
      }
      edit(withdraw, () => post('enrolment', `/api/v1/enrolments/${encodeURIComponent(row.id)}/withdrawal`,
        { reason: reason.value.trim() }));
    } }, t(row.status === 'COMPLETED' ? 'roster.revoke' : 'roster.withdraw'));
    return h('div.inline-actions', {}, buttons, reason, withdraw);
  }

  /** Sends one edit; says what happened beside the roster, then shows the roster and the activity as they now are. */
  async function edit(control, request, undo = () => {}) {
    message.replaceChildren();
    control.disabled = true;
    try {
      await request();
      message.replaceChildren(h('p.success', { role: 'status', 'data-testid': 'roster-saved' }, t('roster.saved')));
      announce(t('roster.saved'));
      await load();
      onChange?.();
    } catch (error) {
      undo();
      control.disabled = false;
      message.replaceChildren(problemBox(error, 'roster-problem'));
    }
  }

  load();
  return { element: section, reload: load };
}

/** A learner's key in test ids: the enrolment id (made of the activity's and the person's) with only safe characters. */
function key(row) {
  return row.id.replace(/[^A-Za-z0-9_-]/g, '-');
}

function badgeOf(status) {
  return status === 'COMPLETED' ? 'ok' : status === 'WITHDRAWN' ? 'neutral' : 'warn';
}

// The rules of the periodic reports' pages: who is offered which step in which state, reminders of deadlines, the
// ministry's outstanding list in the order to chase it, certified beside live, and what a refusal of a write into an
// approved period names.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const js = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../main/resources/META-INF/resources/assets/js');
const reports = await import(path.join(js, 'period-reports.js'));
const { default: vi } = await import(path.join(js, 'messages/vi.js'));
const { default: en } = await import(path.join(js, 'messages/en.js'));
const { stepsFor, deadlineStatus, noticesOf, outstandingInOrder, certifiedBesideLive, lockedPeriodOf, daysBetween } = reports;

const officer = { tenant: 'bac-giang', roles: ['PROVINCE_OFFICER'] };
const admin = { tenant: 'bac-giang', roles: ['PROVINCE_ADMIN'] };
const viewer = { tenant: 'bac-giang', roles: ['PROVINCE_VIEWER'] };
const analyst = { tenant: null, roles: ['MINISTRY_ANALYST'] };
const platform = { tenant: null, roles: ['PLATFORM_ADMIN'] };
const TODAY = '2026-12-07';
const over = state => ({ state, lastDay: '2026-09-30' });

test('officers comment on and submit a draft or returned report once its period is over, not before', () => {
  assert.deepEqual(stepsFor(officer, over('DRAFT'), TODAY), ['comment', 'submit']);
  assert.deepEqual(stepsFor(officer, over('RETURNED'), TODAY), ['comment', 'submit']);
  assert.deepEqual(stepsFor(officer, { state: 'DRAFT', lastDay: '2026-12-31' }, TODAY), ['comment']);
  assert.deepEqual(stepsFor(officer, { state: 'DRAFT', lastDay: '2026-12-07' }, TODAY), ['comment'],
    'the period\'s last day is not yet over on that day');
  assert.deepEqual(stepsFor(officer, { state: 'DRAFT', over: true, lastDay: '2026-12-31' }, TODAY), ['comment', 'submit'],
    'the service\'s own "over" decides when it says');
  for (const state of ['SUBMITTED', 'APPROVED', 'ACCEPTED']) {
    assert.deepEqual(stepsFor(officer, over(state), TODAY), [], state);
  }
});

test('the province administrator approves or returns what was submitted and reopens what was approved or accepted', () => {
  assert.deepEqual(stepsFor(admin, over('DRAFT'), TODAY), ['comment', 'submit']);
  assert.deepEqual(stepsFor(admin, over('SUBMITTED'), TODAY), ['approve', 'return']);
  assert.deepEqual(stepsFor(admin, over('APPROVED'), TODAY), ['reopen']);
  assert.deepEqual(stepsFor(admin, over('ACCEPTED'), TODAY), ['reopen']);
});

test('the ministry analyst accepts or returns an approved report, and nothing else; viewers and platform administrators take no step', () => {
  for (const state of ['DRAFT', 'RETURNED', 'SUBMITTED', 'ACCEPTED']) {
    assert.deepEqual(stepsFor(analyst, over(state), TODAY), [], state);
  }
  assert.deepEqual(stepsFor(analyst, over('APPROVED'), TODAY), ['accept', 'return']);
  for (const state of ['DRAFT', 'SUBMITTED', 'APPROVED']) {
    assert.deepEqual(stepsFor(viewer, over(state), TODAY), [], state);
    assert.deepEqual(stepsFor(platform, over(state), TODAY), [], state);
  }
  assert.deepEqual(stepsFor({ tenant: null, roles: ['PROVINCE_ADMIN'] }, over('SUBMITTED'), TODAY), [],
    'a province role without a province acts for none');
  assert.deepEqual(stepsFor(null, over('DRAFT'), TODAY), []);
});

test('a return and a reopening ask for a reason, the other steps do not', () => {
  assert.deepEqual(['submit', 'approve', 'return', 'accept', 'reopen'].filter(reports.needsReason), ['return', 'reopen']);
});

test('every state, step and count the pages name has its words in both languages', () => {
  for (const messages of [vi, en]) {
    for (const state of Object.keys(reports.STATE_CLASS)) {
      assert.ok(messages[`periodReport.state.${state}`], state);
      assert.ok(messages[`periodReport.explain.${state}`], state);
    }
    for (const step of ['submit', 'approve', 'return', 'accept', 'reopen']) {
      for (const kind of ['do', 'ask', 'done']) assert.ok(messages[`periodReport.${kind}.${step}`], `${kind}.${step}`);
    }
    for (const step of ['COMMENT', 'SUBMIT', 'APPROVE', 'RETURN', 'ACCEPT', 'REOPEN']) {
      assert.ok(messages[`periodReport.step.${step}`], step);
    }
    for (const cadence of reports.CADENCES) assert.ok(messages[`periodReport.cadence.${cadence}`], cadence);
    for (const measure of reports.MEASURES) assert.ok(messages[`periodReport.measure.${measure}`], measure);
    for (const count of ['submitted', 'approved', 'accepted', 'outstanding', 'late']) {
      assert.ok(messages[`periodReport.count.${count}`], count);
    }
  }
});

test('each state has a colour of its own, and an unknown one is neutral', () => {
  const colours = Object.values(reports.STATE_CLASS);
  assert.equal(new Set(colours).size, colours.length);
  assert.equal(reports.stateClass('SOMETHING'), 'neutral');
  assert.equal(reports.stateClass('RETURNED'), 'bad');
});

test('days to a deadline count whole days, across months and years', () => {
  assert.equal(daysBetween('2026-12-07', '2026-12-10'), 3);
  assert.equal(daysBetween('2026-12-07', '2026-12-07'), 0);
  assert.equal(daysBetween('2026-12-31', '2027-01-10'), 10);
  assert.equal(daysBetween('2026-03-01', '2026-02-27'), -2);
});

test('a report is due soon within the days given, late once its deadline passed, and no reminder once approved', () => {
  assert.equal(deadlineStatus({ deadline: '2026-12-10', state: 'DRAFT' }, TODAY), 'soon');
  assert.equal(deadlineStatus({ deadline: '2026-12-31', state: 'DRAFT' }, TODAY), null);
  assert.equal(deadlineStatus({ deadline: '2026-12-31', state: 'DRAFT' }, TODAY, 30), 'soon');
  assert.equal(deadlineStatus({ deadline: '2026-12-01', state: 'SUBMITTED' }, TODAY), 'late');
  assert.equal(deadlineStatus({ deadline: '2026-12-20', state: 'RETURNED', late: true }, TODAY), 'late',
    'the service\'s "late" is believed');
  assert.equal(deadlineStatus({ deadline: '2026-12-01', state: 'APPROVED' }, TODAY), null);
  assert.equal(deadlineStatus({ deadline: '2026-12-01', state: 'ACCEPTED' }, TODAY), null);
  assert.equal(deadlineStatus({ deadline: '2026-12-10', state: 'DRAFT', over: false }, TODAY), null,
    'a period not yet over cannot be submitted: no reminder yet');
});

test('the reminders put the overdue first, the longest overdue at the top, then the soonest due', () => {
  const rows = [
    { reportId: 'soon', deadline: '2026-12-10', state: 'DRAFT' },
    { reportId: 'late-recent', deadline: '2026-12-01', state: 'DRAFT' },
    { reportId: 'approved', deadline: '2026-11-01', state: 'APPROVED' },
    { reportId: 'far', deadline: '2027-03-01', state: 'DRAFT' },
    { reportId: 'late-old', deadline: '2026-10-10', state: 'RETURNED' },
  ];
  const notices = noticesOf(rows, TODAY);
  assert.deepEqual(notices.map(row => row.reportId), ['late-old', 'late-recent', 'soon']);
  assert.deepEqual(notices.map(row => row.daysLeft), [-58, -6, 3]);
});

test('the ministry\'s outstanding list: overdue first, then by deadline, then by province name', () => {
  const rows = [
    { provinceName: 'Lai Châu', deadline: '2026-10-10', late: false },
    { provinceName: 'Bắc Giang', deadline: '2026-10-10', late: false },
    { provinceName: 'Hà Tĩnh', deadline: '2026-10-20', late: true },
    { provinceName: 'Điện Biên', deadline: '2026-10-05', late: true },
  ];
  assert.deepEqual(outstandingInOrder(rows).map(row => row.provinceName), ['Điện Biên', 'Hà Tĩnh', 'Bắc Giang', 'Lai Châu']);
  assert.deepEqual(rows[0].provinceName, 'Lai Châu', 'the list given is not reordered');
});

test('certified beside live, flat or nested figures, and nothing certified told apart from zero', () => {
  const pairs = certifiedBesideLive({ certified: { personTurns: 120, persons: 90, activities: 3, spentVnd: 0 },
    live: { personTurns: { achieved: 150 }, persons: { unique: 95 }, activities: { held: 3 }, spentVnd: 5000000 } });
  assert.deepEqual(pairs.map(p => [p.measure, p.certified, p.live, p.differs]), [
    ['personTurns', 120, 150, true], ['persons', 90, 95, true], ['activities', 3, 3, false], ['spentVnd', 0, 5000000, true]]);
  const none = certifiedBesideLive({ certified: null, live: { personTurns: 10 } });
  assert.equal(none[0].certified, null);
  assert.equal(none[0].live, 10);
  assert.equal(none[0].differs, false);
});

test('a refusal of a write into an approved period names the period, its days and who approved it', () => {
  const locked = lockedPeriodOf({ status: 409, title: 'Kỳ báo cáo đã phê duyệt',
    period: { id: '2023-Q2', from: '2023-04-01', to: '2023-06-30', nameVi: 'Quý II/2023', nameEn: 'Q2 2023' },
    approvedBy: { name: 'Quản trị tỉnh Bắc Giang', role: 'PROVINCE_ADMIN', at: '2026-12-07T08:00:00Z' } });
  assert.deepEqual(locked, { periodId: '2023-Q2', nameVi: 'Quý II/2023', nameEn: 'Q2 2023', from: '2023-04-01', to: '2023-06-30',
    name: 'Quản trị tỉnh Bắc Giang', role: 'PROVINCE_ADMIN', at: '2026-12-07T08:00:00Z' });
  assert.equal(lockedPeriodOf({ status: 409, title: 'Xung đột' }), null);
  assert.equal(lockedPeriodOf({ period: '2023-Q2' }), null, 'only the structured property counts');
  assert.equal(lockedPeriodOf(null), null);
  assert.equal(lockedPeriodOf({ period: { id: '2023-Q2' } }).name, null);
});

test('the ministry\'s page opens on the quarter before today\'s', () => {
  assert.equal(reports.lastQuarter('2026-12-07'), '2026-Q3');
  assert.equal(reports.lastQuarter('2026-01-15'), '2025-Q4');
  assert.equal(reports.lastQuarter('2026-04-01'), '2026-Q1');
});

test('a measure no row carries is left out of the ministry\'s table, one any row carries is kept', () => {
  const rows = [{ certified: null, live: { personTurns: 10, activitiesHeld: 2, spentVnd: 0 } },
    { certified: { personTurns: 5 }, live: { personTurns: 7 } }];
  assert.deepEqual(reports.measuresShown(rows, null), ['personTurns', 'activities', 'spentVnd']);
  assert.deepEqual(reports.measuresShown(rows, { live: { persons: 3 } }), ['personTurns', 'persons', 'activities', 'spentVnd']);
  assert.deepEqual(reports.measuresShown([], null), []);
});

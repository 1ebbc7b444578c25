// The rules the pages of periodic reports (báo cáo định kỳ) follow, kept free of the DOM so that Node can test them:
// how each state is coloured, which steps a user is offered on a report in which state (mirroring reporting-service's
// chain, which decides in the end), which reports are due soon or overdue, the ministry's outstanding list in the order
// to chase it, and what a refusal of a write into an approved period names.

/** The states of a report in the order of the chain, each with the colour class of its badge. */
export const STATE_CLASS = {
  DRAFT: 'neutral',
  RETURNED: 'bad',
  SUBMITTED: 'warn',
  APPROVED: 'ok',
  ACCEPTED: 'REACHED',
};

export function stateClass(state) {
  return STATE_CLASS[state] || 'neutral';
}

/** The choices of the list of periods, as reporting-service's periods endpoint names them (kept in the address). */
export const PERIOD_FILTERS = ['programmeCode', 'cadence', 'year'];

/** The choices of the ministry's page: the period (e.g. 2025-Q2) and the programme. */
export const NATIONAL_FILTERS = ['period', 'programmeCode'];

export const CADENCES = ['QUARTERLY', 'MONTHLY', 'SIX_MONTHLY', 'ANNUAL'];

const has = (user, ...roles) => !!user && Array.isArray(user.roles) && user.roles.some(role => roles.includes(role));

/**
 * The steps offered to `user` on `report` (its `state`, and `lastDay` to know whether the period is over), on the day
 * `today` (yyyy-MM-dd): 'comment', 'submit', 'approve', 'return', 'accept', 'reopen'. A province user acts on their
 * own province's report; the ministry analyst on a province's report named with ?tenant=.
 */
export function stepsFor(user, report, today) {
  if (!user || !report) return [];
  const provincial = !!user.tenant && has(user, 'PROVINCE_ADMIN', 'PROVINCE_OFFICER', 'PROVINCE_VIEWER');
  const writer = provincial && has(user, 'PROVINCE_ADMIN', 'PROVINCE_OFFICER');
  const admin = provincial && has(user, 'PROVINCE_ADMIN');
  const analyst = has(user, 'MINISTRY_ANALYST');
  const state = report.state || 'DRAFT';
  const open = state === 'DRAFT' || state === 'RETURNED';
  const over = report.over ?? (!report.lastDay || !today || report.lastDay < today);
  const steps = [];
  if (writer && open) steps.push('comment');
  if (writer && open && over) steps.push('submit');
  if (admin && state === 'SUBMITTED') steps.push('approve', 'return');
  if (analyst && state === 'APPROVED') steps.push('accept', 'return');
  if (admin && (state === 'APPROVED' || state === 'ACCEPTED')) steps.push('reopen');
  return steps;
}

/** The steps that need a reason (asked before sending). */
export function needsReason(step) {
  return step === 'return' || step === 'reopen';
}

/** Whole days from `today` to `deadline` (both yyyy-MM-dd): negative once it has passed. */
export function daysBetween(today, deadline) {
  const day = iso => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((day(deadline) - day(today)) / 86400000);
}

/** States in which the province has done its part: its report is approved (or accepted) and no reminder is due. */
const DONE = new Set(['APPROVED', 'ACCEPTED']);

/**
 * What a period's deadline means on `today`: 'late' (passed and the report not approved — the service's `late`
 * decides when it says), 'soon' (due within `soonDays` and not approved), or null.
 */
export function deadlineStatus(row, today, soonDays = 10) {
  if (!row?.deadline || DONE.has(row.state)) return null;
  if (row.late === true) return 'late';
  const left = daysBetween(today, row.deadline);
  if (left < 0) return 'late';
  if (row.over !== false && left <= soonDays) return 'soon';
  return null;
}

/** The reminders of a list of periods: overdue ones first, then those due soonest. */
export function noticesOf(rows, today, soonDays = 10) {
  return (rows || [])
    .map(row => ({ ...row, due: deadlineStatus(row, today, soonDays), daysLeft: row.deadline ? daysBetween(today, row.deadline) : null }))
    .filter(row => row.due)
    .sort(byUrgency);
}

/** Overdue first (the longest overdue at the top), then by deadline, then by name. */
export function byUrgency(a, b) {
  const lateA = a.late === true || a.due === 'late' ? 0 : 1;
  const lateB = b.late === true || b.due === 'late' ? 0 : 1;
  if (lateA !== lateB) return lateA - lateB;
  const byDeadline = String(a.deadline || '9999').localeCompare(String(b.deadline || '9999'));
  if (byDeadline) return byDeadline;
  return String(a.provinceName || a.titleVi || '').localeCompare(String(b.provinceName || b.titleVi || ''), 'vi');
}

/** The ministry's list of outstanding reports, overdue first. */
export function outstandingInOrder(rows) {
  return [...(rows || [])].sort(byUrgency);
}

/**
 * The figures a ministry row compares, certified (approved reports only) beside live: for each measure the two
 * values and whether they differ. `certified` null → nothing certified yet.
 */
export const MEASURES = ['personTurns', 'persons', 'activities', 'spentVnd'];

export function certifiedBesideLive(row) {
  const certified = row?.certified ?? null;
  const live = row?.live ?? {};
  return MEASURES.map(measure => {
    const liveValue = valueOf(live, measure);
    const certifiedValue = certified ? valueOf(certified, measure) : null;
    return { measure, certified: certifiedValue, live: liveValue,
      differs: certified != null && certifiedValue != null && liveValue != null && certifiedValue !== liveValue };
  });
}

/** A measure read from figures however the service nests them: {personTurns: 12} or {personTurns: {achieved: 12}}. */
function valueOf(figures, measure) {
  if (!figures) return null;
  const aliases = {
    personTurns: ['personTurns', 'personTurnsAchieved'],
    persons: ['persons', 'uniquePersons'],
    activities: ['activities', 'activitiesHeld'],
    spentVnd: ['spentVnd', 'spent'],
  }[measure];
  for (const name of aliases) {
    const value = figures[name];
    if (value === undefined || value === null) continue;
    if (typeof value === 'object') {
      const inner = value.achieved ?? value.held ?? value.unique ?? value.spentVnd;
      if (inner !== undefined && inner !== null) return Number(inner);
      continue;
    }
    return Number(value);
  }
  return null;
}

/**
 * The measures the ministry's rows carry: a measure none of them (nor the totals) has is left out rather than shown as
 * a column of dashes.
 */
export function measuresShown(rows, totals) {
  const all = [...(rows || []), ...(totals ? [totals] : [])];
  return MEASURES.filter(measure => all.some(row => certifiedBesideLive(row).find(p => p.measure === measure).live != null));
}

/**
 * What a refusal of a write into an approved period names (its problem's `period` and `approvedBy`), or null for any
 * other problem: {periodId, nameVi, nameEn, from, to, name, role, at}.
 */
export function lockedPeriodOf(problem) {
  const period = problem?.period;
  if (!period || typeof period !== 'object') return null;
  const by = problem.approvedBy && typeof problem.approvedBy === 'object' ? problem.approvedBy : {};
  return {
    periodId: period.id ?? period.period ?? null,
    nameVi: period.nameVi ?? null,
    nameEn: period.nameEn ?? null,
    from: period.from ?? period.firstDay ?? null,
    to: period.to ?? period.lastDay ?? null,
    name: by.name ?? null,
    role: by.role ?? null,
    at: by.at ?? null,
  };
}

/** The quarter before the one `day` (yyyy-MM-dd) falls in: the one most likely being reported, e.g. 2026-Q3. */
export function lastQuarter(day) {
  const year = Number(day.slice(0, 4));
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}

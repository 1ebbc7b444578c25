// The same "Figures" shape comes back at every level (line, plan, programme, province, country): these render it.

import { h } from './dom.js';
import { t, label, number, money, percent, date, decimal } from './i18n.js';
import { progressBar, shareBar, statusBadge, kpi, table } from './components.js';

/**
 * The status of one count in an outlook: each count is judged on its own, so a count beyond its target is never
 * painted with another's shortfall (nor the other way round).
 */
const statusOf = (outlook, measure) => outlook?.[measure]?.status;

/**
 * The key figures as cards: activities, person-turns, persons, coverage (where a line has a roster), money spent;
 * `outlook` ({activities, personTurns, coverage} forecasts, or null) colours each bar by its own count's status.
 */
export function keyFigures(figures, outlook, prefix = 'kpi') {
  const { activities, personTurns, persons, budget } = figures;
  const coverage = persons.coverage;
  return h('div.grid', { 'data-testid': `${prefix}-grid` },
    kpi(t('figures.activities'), `${number(activities.held)} / ${number(activities.planned)}`,
      [progressBar({ title: t('figures.activities'), achieved: activities.held, target: activities.planned,
        percent: activities.percent, status: statusOf(outlook, 'activities'), compact: true }),
      activities.scheduled ? t('figures.scheduled', { count: number(activities.scheduled) }) : null],
      `${prefix}-activities`),
    kpi(t('figures.personTurns'), `${number(personTurns.achieved)} / ${number(personTurns.target)}`,
      progressBar({ title: t('figures.personTurns'), achieved: personTurns.achieved, target: personTurns.target,
        percent: personTurns.percent, status: statusOf(outlook, 'personTurns'), compact: true }),
      `${prefix}-person-turns`),
    kpi(t('figures.persons'), number(persons.unique), null, `${prefix}-persons`),
    coverage
      ? kpi(t('figures.coverage'), `${number(coverage.covered)} / ${number(coverage.requiredPersons)}`,
        progressBar({ title: t('figures.coverage'), achieved: coverage.covered, target: coverage.requiredPersons,
          percent: coverage.percentOfRequired, status: statusOf(outlook, 'coverage'), compact: true,
          note: t('figures.coverageOf', { covered: number(coverage.covered),
            required: number(coverage.requiredPersons), roster: number(coverage.rosterSize) }) }),
        `${prefix}-coverage`)
      : null,
    kpi(t('figures.spent'), money(budget.spentVnd),
      [progressBar({ title: t('figures.spent'), achieved: budget.spentVnd, target: budget.allocatedVnd,
        percent: budget.spentPercentOfAllocated, format: money, compact: true }),
      t('figures.ofAllocated', { allocated: money(budget.allocatedVnd) }), h('br'),
      budget.costPerPersonTurnVnd != null
        ? t('figures.costPerTurn', { amount: money(budget.costPerPersonTurnVnd) }) : null],
      `${prefix}-spent`));
}

/** Progress bars of one scope (a line, a programme, a plan row), each coloured by its own count's status. */
export function bars(figures, outlook, prefix) {
  const { activities, personTurns, persons, budget } = figures;
  const coverage = persons?.coverage;
  return h('div', {},
    progressBar({ title: t('col.activities'), achieved: activities.held, target: activities.planned,
      percent: activities.percent, status: statusOf(outlook, 'activities'), testId: prefix && `${prefix}-activities` }),
    personTurns.target > 0 || personTurns.achieved > 0
      ? progressBar({ title: t('col.personTurns'), achieved: personTurns.achieved, target: personTurns.target,
        percent: personTurns.percent, status: statusOf(outlook, 'personTurns'), testId: prefix && `${prefix}-person-turns` })
      : null,
    coverage ? progressBar({ title: t('figures.coverage'), achieved: coverage.covered,
      target: coverage.requiredPersons, percent: coverage.percentOfRequired, status: statusOf(outlook, 'coverage'),
      testId: prefix && `${prefix}-coverage` }) : null,
    budget && budget.allocatedVnd > 0
      ? progressBar({ title: t('col.spent'), achieved: budget.spentVnd, target: budget.allocatedVnd,
        percent: budget.spentPercentOfAllocated, format: money, testId: prefix && `${prefix}-spent` })
      : null);
}

/** The forecast of each count: projection at the deadline, shortfall, what is needed per month, and why. */
export function forecastPanel(outlook, deadline, testId = 'forecast') {
  const forecasts = [outlook?.activities, outlook?.personTurns, outlook?.coverage].filter(Boolean);
  const row = (name, value, id) => [h('dt', {}, name), h('dd.num', { 'data-testid': id }, value)];
  return h(`section.card.status-card.${outlook?.status || 'none'}`, { 'aria-labelledby': `${testId}-title`,
    'data-testid': testId },
  h('h2', { id: `${testId}-title` }, t('forecast.title', { deadline: date(deadline) }), ' ',
    statusBadge(outlook?.status, `${testId}-status`)),
  forecasts.length ? h('div.forecast-grid', {}, forecasts.map(f => h('section.forecast', {
    'data-testid': `${testId}-${f.measure}`, 'aria-label': label('forecast.measure', f.measure),
  },
  h('h3', {}, label('forecast.measure', f.measure), ' ', statusBadge(f.status)),
  h('dl.facts', {},
    row(t('plan.achievedCol'), `${number(f.achieved)} / ${number(f.target)}`),
    row(t('forecast.projected'), number(f.projectedAtDeadline), `${testId}-${f.measure}-projected`),
    row(t('forecast.shortfall'), number(f.shortfallAtDeadline), `${testId}-${f.measure}-shortfall`),
    row(t('forecast.runRate'), decimal(f.runRatePerMonth)),
    row(t('forecast.pipeline'), number(f.pipeline)),
    f.neededPerMonth != null ? row(t('forecast.neededPerMonth'), number(f.neededPerMonth)) : null,
    f.targetReachedOn ? row(t('forecast.reachedOn'), date(f.targetReachedOn))
      : f.projectedReachDate ? row(t('forecast.reachDate'), date(f.projectedReachDate)) : null),
  h('p.small.muted', {}, label('forecast.basis', f.basis))))) : h('p.muted', {}, label('forecast.status', 'null')));
}

/** A breakdown (by target group, level or gender) as a table with bars. */
export function breakdown(title, groups, kind, testId) {
  if (!groups?.length) return null;
  return table({
    caption: title,
    testId,
    columns: [
      { title: t('plan.group'), value: g => label(kind, g.key) },
      { title: t('plan.targetCol'), num: true, value: g => number(g.target) },
      { title: t('plan.achievedCol'), num: true, value: g => number(g.achieved),
        testId: g => `${testId}-${g.key}` },
      { title: t('plan.percentCol'), num: true, value: g => percent(g.percent) },
      { title: t('plan.shareCol'), num: true, value: g => percent(g.share) },
    ],
    rows: groups,
  });
}

/** Women and ethnic-minority shares against the minimums. */
export function shares(personTurns, prefix) {
  return h('div', {},
    shareBar({ title: t('figures.women'), share: personTurns.women, testId: `${prefix}-women` }),
    shareBar({ title: t('figures.ethnicMinority'), share: personTurns.ethnicMinority, testId: `${prefix}-minority` }));
}

/** Money by funding source, as a table. */
export function budgetTable(budget, testId = 'budget-sources') {
  const rows = budget.bySource || [];
  const total = {
    source: null, envelopeVnd: budget.envelopeVnd, allocatedVnd: budget.allocatedVnd,
    committedVnd: budget.committedVnd, spentVnd: budget.spentVnd, settledVnd: budget.settledVnd,
    spentPercentOfAllocated: budget.spentPercentOfAllocated,
  };
  return table({
    testId,
    columns: [
      { title: t('col.source'), value: s => (s.source ? label('source', s.source) : h('strong', {}, t('common.total'))) },
      { title: t('col.envelope'), num: true, value: s => money(s.envelopeVnd) },
      { title: t('col.allocated'), num: true, value: s => money(s.allocatedVnd) },
      { title: t('col.committed'), num: true, value: s => money(s.committedVnd) },
      { title: t('col.spent'), num: true, value: s => money(s.spentVnd),
        testId: s => `${testId}-${s.source || 'TOTAL'}-spent` },
      { title: t('col.settled'), num: true, value: s => money(s.settledVnd) },
      { title: t('col.spentPercent'), num: true, value: s => percent(s.spentPercentOfAllocated) },
    ],
    rows: rows.length > 1 || rows.length === 0 ? [...rows, total] : rows,
  });
}

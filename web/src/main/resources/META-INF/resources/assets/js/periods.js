// A reporting period on a dashboard: a year, a quarter or a month, what was achieved in it per programme, and the same
// months a year before ("so với cùng kỳ") — with the period's workbook to download.

import { h, replace } from './dom.js';
import { t, bilingual, number, money, month, percent } from './i18n.js';
import { get } from './api.js';
import { table, options, downloadButton, problemBox, shortProgrammeName } from './components.js';
import { monthsOf, latestYear, changeOnLastYear } from './months.js';

/** A change on last year: "+12,5 %", "−16,7 %", or a dash when there is nothing to compare with. */
function change(now, before) {
  const value = changeOnLastYear(now, before);
  if (value === null) return '—';
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${percent(Math.abs(value))}`;
}

/**
 * The period section of a dashboard. `reportPath` answers the period report, `exportPath` the workbook; `monthly` is
 * the scope's monthly figures (which years have data); `query` is added to both requests (e.g. a province named by
 * the ministry).
 */
export function periodSection({ reportPath, exportPath, exportName, monthly, query = {}, testId = 'period' }) {
  const thisYear = new Date().getFullYear();
  const firstYear = Math.min(thisYear, ...(monthly || []).map(entry => Number(entry.month.slice(0, 4))));
  const choice = { year: latestYear(monthly, thisYear), quarter: 0, month: 0 };
  const years = [];
  for (let year = thisYear; year >= Math.min(firstYear, thisYear - 5); year--) years.push([String(year), String(year)]);

  const body = h('div', { 'data-testid': `${testId}-body`, 'aria-live': 'polite' });
  const exportSlot = h('span');
  const yearSelect = h('select#period-year', { 'data-testid': `${testId}-year`, onchange: () => {
    choice.year = Number(yearSelect.value);
    load();
  } }, options(years, String(choice.year)));
  const quarterSelect = h('select#period-quarter', { 'data-testid': `${testId}-quarter`, onchange: () => {
    choice.quarter = Number(quarterSelect.value || 0);
    choice.month = 0;
    monthSelect.value = '';
    load();
  } }, options([1, 2, 3, 4].map(q => [String(q), t('period.quarterN', { n: q })]), '', t('period.wholeYear')));
  const monthSelect = h('select#period-month', { 'data-testid': `${testId}-month`, onchange: () => {
    choice.month = Number(monthSelect.value || 0);
    load();
  } }, options([...Array(12).keys()].map(i => [String(i + 1), t('period.monthN', { n: i + 1 })]), '',
    t('period.allMonths')));

  async function load() {
    const months = monthsOf(choice);
    replace(exportSlot, downloadButton(t('period.export'), 'reporting', exportPath,
      { ...query, format: 'xlsx', ...months }, `${exportName}-${months.from}-${months.to}.xlsx`, `${testId}-export`));
    try {
      const report = await get('reporting', reportPath, { ...query, ...months });
      render(report);
    } catch (error) {
      replace(body, problemBox(error, `${testId}-problem`));
    }
  }

  function render(report) {
    const before = report.sameTimeLastYear;
    const lastYearOf = code => (before?.programmes || []).find(line => line.programmeCode === code);
    const rows = [...report.programmes, { ...report.total, total: true }];
    replace(body,
      h('p', { 'data-testid': `${testId}-headline` }, bilingual(report.total.headlineVi, report.total.headlineEn)),
      report.total.plans === 0 ? h('p.muted', {}, t('period.none')) : null,
      table({
        caption: t('period.caption', { from: month(report.from), to: month(report.to) }),
        testId: `${testId}-table`,
        rowAttributes: row => ({ 'data-programme': row.total ? 'TOTAL' : row.programmeCode }),
        columns: [
          { title: t('national.programme'), value: row => (row.total ? h('strong', {}, t('common.total'))
            : h('span', { title: row.programmeName || '' }, shortProgrammeName(row.programmeName) || row.programmeCode)) },
          { title: t('period.personTurns'), num: true, value: row => number(row.personTurns),
            testId: row => `${testId}-${row.total ? 'TOTAL' : row.programmeCode}-person-turns` },
          { title: t('period.lastYear'), num: true, value: row => {
            const last = row.total ? before?.total : lastYearOf(row.programmeCode);
            return last ? number(last.personTurns) : '—';
          }, testId: row => `${testId}-${row.total ? 'TOTAL' : row.programmeCode}-last-year` },
          { title: t('period.change'), num: true, value: row => {
            const last = row.total ? before?.total : lastYearOf(row.programmeCode);
            return change(row.personTurns, last?.personTurns);
          }, testId: row => `${testId}-${row.total ? 'TOTAL' : row.programmeCode}-change` },
          { title: t('period.ofTarget'), num: true, value: row => percent(row.percent) },
          { title: t('period.held'), num: true, value: row => number(row.activitiesHeld) },
          { title: t('period.spent'), num: true, value: row => money(row.spentVnd) },
        ],
        rows,
      }));
  }

  const section = h('section.card', { 'aria-labelledby': `${testId}-title`, 'data-testid': testId },
    h('h2', { id: `${testId}-title` }, t('period.title')),
    h('div.actions', {},
      h('label', { for: 'period-year' }, t('period.year')), yearSelect,
      h('label', { for: 'period-quarter' }, t('period.quarter')), quarterSelect,
      h('label', { for: 'period-month' }, t('period.month')), monthSelect,
      exportSlot),
    body);
  load();
  return section;
}

// A plan's money: finance's allocations and the province's payments, per target line and funding source. Each form
// carries its own id for the command (allocationId, expenditureId), made when the form is shown: a double click or
// a retry after a lost answer is recognised by budget-service and recorded once — never counted twice.

import { h, replace, announce } from '../dom.js';
import { t, label, inBoth, money, date, parseMoney } from '../i18n.js';
import { get, post, commandId } from '../api.js';
import { canWrite, isProvinceAdmin } from '../session.js';
import {
  table, field, options, showFormProblem, clearFormProblem, sending, pager, dateInput, readDate, invalidInput,
  problemBox,
} from '../components.js';
import { BUDGET_ACTIVITY_FILTERS, choicesFrom, chosen, hashWith, nextSort } from '../list-query.js';

const ACTIVITY_PAGE = 20;

export async function budgetView(context) {
  const { main, params: [planId], query, user, alive, navigate } = context;
  const base = `/api/v1/budgets/${encodeURIComponent(planId)}`;
  // the activity table's order, kept in the address; budget-service sorts and pages (a plan may have hundreds)
  const choices = choicesFrom(query, BUDGET_ACTIVITY_FILTERS);
  const [budget, firstActivities, activities, expenditures] = await Promise.all([
    get('budget', base),
    get('budget', `${base}/activities`, { ...chosen(choices), page: 0, size: ACTIVITY_PAGE }),
    // the forms choose from every activity: read whole only for those who see the forms
    canWrite(user) ? get('budget', `${base}/activities`) : Promise.resolve([]),
    get('budget', `${base}/expenditures`, { size: 20 }),
  ]);
  if (!alive()) return;
  const reload = notice => navigate(hashWith(`#/plans/${encodeURIComponent(planId)}/budget?saved=${notice}&at=${Date.now()}`,
    BUDGET_ACTIVITY_FILTERS, choices));
  const saved = new URLSearchParams(location.hash.split('?')[1] || '').get('saved');

  const lines = budget.lines.map(line => [line.targetLineId, `${line.targetLineId} — ${line.description || label('kind', line.activityKind)}`]);
  const sources = budget.sources.map(source => [source.fundingSource, label('source', source.fundingSource)]);

  const expenditureList = h('section.card', { 'aria-labelledby': 'expenditures-title' });
  const renderExpenditures = page => replace(expenditureList,
    h('h2#expenditures-title', {}, t('budget.expenditures')),
    page.items.length ? table({
      testId: 'expenditures',
      columns: [
        { title: t('col.date'), value: e => date(e.spentOn) },
        { title: t('budget.documentNumber'), value: e => e.documentNumber },
        { title: t('col.line'), value: e => e.targetLineId },
        { title: t('col.source'), value: e => label('source', e.fundingSource) },
        { title: t('col.amount'), num: true, value: e => money(e.amountVnd) },
        { title: t('budget.overrideReason'), value: e => e.overrideReason || '' },
      ],
      rows: page.items,
    }) : h('p.muted', {}, t('budget.noExpenditures')),
    pager(page, async next => renderExpenditures(await get('budget', `${base}/expenditures`, { size: 20, page: next }))));
  renderExpenditures(expenditures);

  const activityTable = h('div');
  let asked = 0;
  const loadActivities = async page => {
    // a second click may be answered before the first: only the last one asked is shown
    const mine = ++asked;
    try {
      const next = await get('budget', `${base}/activities`, { ...chosen(choices), page, size: ACTIVITY_PAGE });
      if (alive() && mine === asked) renderActivities(next);
    } catch (error) {
      if (alive() && mine === asked) replace(activityTable, problemBox(error, 'budget-activities-problem'));
    }
  };
  const renderActivities = page => {
    const order = { sort: choices.sort, direction: choices.direction || 'ASC' };
    replace(activityTable,
      page.items.length ? table({
        testId: 'budget-activities',
        sorting: { ...order, onSort: key => {
          Object.assign(choices, nextSort(order, key, key === 'ACTIVITY' ? 'ASC' : 'DESC'));
          history.replaceState(history.state, '', hashWith(location.hash, BUDGET_ACTIVITY_FILTERS, choices));
          loadActivities(0);
        } },
        columns: [
          { title: t('col.title'), sort: 'ACTIVITY', value: a => a.title },
          { title: t('col.dates'), value: a => `${date(a.startDate)} – ${date(a.endDate)}` },
          { title: t('col.status'), value: a => label('activity.status', a.status) },
          { title: t('budget.estimate'), num: true, sort: 'ESTIMATE', value: a => money(a.estimateVnd) },
          { title: t('col.committed'), num: true, sort: 'COMMITTED', value: a => money(a.committedVnd) },
          { title: t('col.spent'), num: true, sort: 'SPENT', value: a => money(a.spentVnd) },
          { title: t('budget.remaining'), num: true, sort: 'REMAINING', value: a => money(a.openCommitmentVnd) },
          { title: t('col.settled'), value: a => (a.settlement
            ? `${money(a.settlement.totalVnd)} — ${a.settlement.documentNumber}, ${date(a.settlement.settledOn)}`
            : t('budget.notSettled')), testId: a => `settlement-${a.trainingEventId}` },
        ],
        rows: page.items,
      }) : h('p.muted', {}, t('budget.noActivities')),
      pager(page, loadActivities, 'budget-activities-pager'));
  };
  renderActivities(firstActivities);

  replace(main,
    h('nav.breadcrumbs', { 'aria-label': 'breadcrumbs' }, h('a', { href: '#/province' }, t('nav.province')), ' › ',
      h('a', { href: `#/plans/${encodeURIComponent(planId)}` }, budget.documentNumber || budget.title), ' › ',
      t('budget.title')),
    h('h1', {}, t('budget.title')),
    h('p.muted', {}, budget.title),
    saved ? h('div.success', { role: 'status', 'data-testid': 'budget-saved' },
      t({ allocation: 'budget.allocated', settlement: 'budget.settledSaved' }[saved] || 'budget.spentSaved')) : null,
    h('section.card', { 'aria-labelledby': 'budget-totals' },
      h('h2#budget-totals', {}, t('budget.totals')),
      table({
        testId: 'budget-totals',
        columns: [
          { title: t('col.source'), value: row => row.name },
          { title: t('budget.estimate'), num: true, value: row => money(row.estimate) },
          { title: t('col.allocated'), num: true, value: row => money(row.amounts.allocatedVnd) },
          { title: t('col.committed'), num: true, value: row => money(row.amounts.committedVnd) },
          { title: t('col.spent'), num: true, value: row => money(row.amounts.spentVnd),
            testId: row => `budget-spent-${row.key}` },
          { title: t('col.settled'), num: true, value: row => money(row.amounts.settledVnd) },
          { title: t('budget.available'), num: true, value: row => money(row.amounts.availableVnd) },
        ],
        rows: [
          ...budget.sources.map(source => ({ key: source.fundingSource, name: label('source', source.fundingSource),
            estimate: source.estimateVnd, amounts: source.amounts })),
          { key: 'TOTAL', name: t('common.total'), estimate: budget.estimateVnd, amounts: budget.totals },
        ],
      }),
      h('h3', {}, t('budget.byLine')),
      table({
        testId: 'budget-lines',
        columns: [
          { title: t('col.line'), value: line => `${line.targetLineId} — ${line.description || ''}` },
          { title: t('col.allocated'), num: true, value: line => money(line.amounts.allocatedVnd) },
          { title: t('col.committed'), num: true, value: line => money(line.amounts.committedVnd) },
          { title: t('col.spent'), num: true, value: line => money(line.amounts.spentVnd) },
          { title: t('budget.available'), num: true, value: line => money(line.amounts.availableVnd) },
        ],
        rows: budget.lines,
      })),
    canWrite(user) ? h('div.two-col', {},
      allocationForm(base, lines, sources, () => reload('allocation')),
      expenditureForm(base, lines, sources, activities, isProvinceAdmin(user), () => reload('expenditure'))) : null,
    expenditureList,
    h('section.card', { 'aria-labelledby': 'budget-activities' },
      h('h2#budget-activities', {}, t('budget.activities')),
      activityTable,
      canWrite(user) && activities.length ? settlementForm(base, activities, () => reload('settlement')) : null));
}

/** A money input that shows what it read ("Số tiền: 6.889.000.000 ₫") as the officer types. */
function moneyInput(id) {
  const preview = h('span.hint', { id: `${id}-preview`, 'aria-live': 'polite' });
  const input = h(`input#${id}`, { name: 'amountVnd', inputmode: 'numeric', autocomplete: 'off',
    'aria-describedby': `${id}-preview`, oninput: () => {
      const value = parseMoney(input.value);
      preview.textContent = input.value.trim() === '' ? ''
        : value == null ? t('budget.amountInvalid') : t('budget.amountPreview', { amount: money(value) });
    } });
  return { input, preview };
}

function readAmount(input, form, slot) {
  const value = parseMoney(input.value);
  if (value === null && input.value.trim() !== '') {
    showFormProblem(form, slot, invalidInput([{ field: 'amountVnd', ...inBoth('budget.amountInvalid') }]));
    return undefined;
  }
  return value;
}

function allocationForm(base, lines, sources, done) {
  const id = commandId();
  const line = h('select#alloc-line', { name: 'targetLineId' }, options(lines, null, t('field.choose')));
  const source = h('select#alloc-source', { name: 'fundingSource' }, options(sources, sources.length === 1 ? sources[0][0] : null, t('field.choose')));
  const amount = moneyInput('alloc-amount');
  const decision = h('input#alloc-decision', { name: 'decisionNumber' });
  const decisionDate = dateInput('alloc-date', 'decisionDate');
  const slot = h('div', { tabindex: '-1' });
  const form = h('form', { novalidate: true, 'data-testid': 'allocation-form', onsubmit: async event => {
    event.preventDefault();
    clearFormProblem(form, slot);
    const amountVnd = readAmount(amount.input, form, slot);
    if (amountVnd === undefined) return;
    try {
      await post('budget', `${base}/allocations`, { allocationId: id, targetLineId: line.value || null,
        fundingSource: source.value || null, amountVnd, decisionNumber: decision.value.trim() || null,
        decisionDate: readDate(decisionDate) });
      announce(t('budget.allocated'));
      done();
    } catch (error) {
      showFormProblem(form, slot, error);
    }
  } },
  h('h2', {}, t('budget.allocate')), slot,
  field(t('col.line'), line), field(t('field.source'), source),
  field(t('field.amountVnd'), amount.input), amount.preview,
  h('div.fields', {}, field(t('budget.decisionNumber'), decision), field(t('budget.decisionDate'), decisionDate)),
  h('button.primary', { type: 'submit', 'data-testid': 'allocation-submit' }, t('budget.allocate')));
  return h('section.card', {}, form);
}

function expenditureForm(base, lines, sources, activities, admin, done) {
  const id = commandId();
  const line = h('select#spend-line', { name: 'targetLineId', 'data-testid': 'spend-line' },
    options(lines, lines.length === 1 ? lines[0][0] : null, t('field.choose')));
  const activity = h('select#spend-activity', { name: 'trainingEventId', 'data-testid': 'spend-activity',
    onchange: () => {
      const chosen = activities.find(a => a.trainingEventId === activity.value);
      if (chosen) line.value = chosen.targetLineId;
    } }, options(activities.map(a => [a.trainingEventId, `${a.title} (${date(a.startDate)})`]), null,
    t('budget.noActivity')));
  const source = h('select#spend-source', { name: 'fundingSource', 'data-testid': 'spend-source' },
    options(sources, sources.length === 1 ? sources[0][0] : null, t('field.choose')));
  const amount = moneyInput('spend-amount');
  amount.input.dataset.testid = 'spend-amount';
  const documentNumber = h('input#spend-document', { name: 'documentNumber', 'data-testid': 'spend-document' });
  const spentOn = dateInput('spend-date', 'spentOn', null, { 'data-testid': 'spend-date' });
  const reason = admin ? h('textarea#spend-reason', { name: 'overrideReason', rows: 2 }) : null;
  const slot = h('div', { tabindex: '-1' });
  const submit = h('button.primary', { type: 'submit', 'data-testid': 'spend-submit' }, t('budget.spend'));
  const form = h('form', { novalidate: true, 'data-testid': 'expenditure-form', onsubmit: async event => {
    event.preventDefault();
    clearFormProblem(form, slot);
    const amountVnd = readAmount(amount.input, form, slot);
    if (amountVnd === undefined) return;
    await sending(form, slot, submit, async () => {
      await post('budget', `${base}/expenditures`, { expenditureId: id, targetLineId: line.value || null,
        trainingEventId: activity.value || null, fundingSource: source.value || null, amountVnd,
        documentNumber: documentNumber.value.trim() || null, spentOn: readDate(spentOn),
        overrideReason: reason?.value.trim() || null });
      announce(t('budget.spentSaved'));
      done();
    });
  } },
  h('h2', {}, t('budget.spend')), slot,
  field(t('budget.activity'), activity), field(t('col.line'), line), field(t('field.source'), source),
  field(t('field.amountVnd'), amount.input), amount.preview,
  h('div.fields', {}, field(t('budget.documentNumber'), documentNumber), field(t('budget.spentOn'), spentOn)),
  reason ? field(t('budget.overrideReason'), reason) : null,
  submit);
  return h('section.card', {}, form);
}

/** Settles an activity: its spending per source becomes final. Settling again with the same voucher changes nothing. */
function settlementForm(base, activities, done) {
  const open = activities.filter(a => !a.settlement);
  if (!open.length) return h('p.muted', { 'data-testid': 'nothing-to-settle' }, t('budget.nothingToSettle'));
  const activity = h('select#settle-activity', { name: 'trainingEventId', 'data-testid': 'settle-activity' },
    options(open.map(a => [a.trainingEventId, `${a.title} (${date(a.startDate)}) — ${money(a.spentVnd)}`]),
      open.length === 1 ? open[0].trainingEventId : null, t('field.choose')));
  const documentNumber = h('input#settle-document', { name: 'documentNumber', 'data-testid': 'settle-document' });
  const settledOn = dateInput('settle-date', 'settledOn', null, { 'data-testid': 'settle-date' });
  const slot = h('div', { tabindex: '-1' });
  const submit = h('button.primary', { type: 'submit', 'data-testid': 'settle-submit' }, t('budget.settle'));
  const form = h('form', { novalidate: true, 'data-testid': 'settlement-form', onsubmit: async event => {
    event.preventDefault();
    clearFormProblem(form, slot);
    if (!activity.value) {
      showFormProblem(form, slot, invalidInput([{ field: 'trainingEventId', ...inBoth('common.required') }]));
      return;
    }
    await sending(form, slot, submit, async () => {
      await post('budget', `${base}/activities/${encodeURIComponent(activity.value)}/settlement`, {
        documentNumber: documentNumber.value.trim() || null, settledOn: readDate(settledOn) });
      announce(t('budget.settledSaved'));
      done();
    });
  } },
  h('h3', {}, t('budget.settle')),
  h('p.small.muted', {}, t('budget.settleIntro')),
  slot,
  field(t('budget.activity'), activity),
  h('div.fields', {}, field(t('budget.settlementNumber'), documentNumber), field(t('budget.settledOn'), settledOn)),
  submit);
  return form;
}

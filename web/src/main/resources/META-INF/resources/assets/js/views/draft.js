// A plan before it is in force: what it says, and the steps to put it in force (submit, approve). Once approved,
// its dashboard takes over.

import { h, replace, announce } from '../dom.js';
import { t, label, number, money, date } from '../i18n.js';
import { get, postAt } from '../api.js';
import { canWrite } from '../session.js';
import { table, field, problemBox, dateInput, readDate } from '../components.js';
import { targetKind, quotaPersons, trackedPersonTurns } from '../target-kinds.js';

/** A line's target in words: the share and its population, the quota and the persons it derives, the years. */
function statedTarget(line) {
  const kind = targetKind(line);
  if (kind === 'COVERAGE') {
    const c = line.coverage;
    return `${c.percent}% ${c.rosterDescription || ''}${c.populationUnit === 'HOUSEHOLD' ? ` (${label('population', 'HOUSEHOLD')})` : ''}`
      + `${c.byDate ? ` — ${date(c.byDate)}` : ''}`;
  }
  if (kind === 'QUOTA_PER_UNIT') {
    const q = line.quota;
    return h('span', {}, t('import.derivedPersons', { perUnit: q.perUnit, units: q.unitsInScope, unit: q.unitKind,
      persons: number(quotaPersons(q)) }), ' ', h('span.badge.warn', {}, t('import.derived')));
  }
  if (kind === 'PER_YEAR') {
    return line.yearlyTargets.map(y => `${y.year}: ${number(y.plannedActivities)} / ${number(y.plannedPersonTurns)}`).join('; ');
  }
  if (kind === 'CUMULATIVE') return `${t('field.cumulativeByYear')} ${line.cumulativeByYear}`;
  return '';
}

export async function draftView(context) {
  const { main, params: [planId], query, user, alive, navigate } = context;
  const plan = await get('plan', `/api/v1/plans/${encodeURIComponent(planId)}`);
  if (!alive()) return;
  const message = h('div', { 'aria-live': 'polite', tabindex: '-1' });
  if (query.created) message.append(h('div.success', { role: 'status' }, t('import.created')));

  const act = async (path, body, done) => {
    message.replaceChildren();
    try {
      await postAt('plan', `/api/v1/plans/${encodeURIComponent(planId)}/${path}`, plan.version, body);
      announce(done);
      navigate(`#/plan-drafts/${encodeURIComponent(planId)}?done=${path}`);
    } catch (error) {
      message.replaceChildren(problemBox(error));
      message.focus();
    }
  };
  if (query.done === 'submission') message.append(h('div.success', { role: 'status' }, t('draft.submitted')));
  if (query.done === 'approval') message.append(h('div.success', { role: 'status' }, t('draft.approved')));

  const approvedOn = dateInput('approved-on', 'approvedOn', plan.documentDate || new Date().toISOString().slice(0, 10));
  const actions = !canWrite(user) ? null
    : plan.status === 'DRAFT'
      ? h('div.actions', {}, h('button.primary', { type: 'button', 'data-testid': 'draft-submit',
        onclick: () => act('submission', undefined, t('draft.submitted')) }, t('draft.submit')))
      : plan.status === 'SUBMITTED'
        ? h('form.actions', { 'data-testid': 'approval-form', onsubmit: event => {
          event.preventDefault();
          let day;
          try {
            day = readDate(approvedOn);
          } catch (error) {
            message.replaceChildren(problemBox(error));
            return;
          }
          act('approval', { approvedOn: day }, t('draft.approved'));
        } }, field(t('draft.approvedOn'), approvedOn),
        h('button.primary', { type: 'submit', 'data-testid': 'draft-approve' }, t('draft.approve')))
        : h('a.button.primary', { href: `#/plans/${encodeURIComponent(planId)}`, 'data-testid': 'draft-dashboard' },
          t('draft.toDashboard'));

  replace(main,
    h('nav.breadcrumbs', { 'aria-label': 'breadcrumbs' }, h('a', { href: '#/province' }, t('nav.province')), ' › ',
      t('draft.title')),
    h('h1', {}, plan.title || t('draft.title')),
    h('p', {}, h('span.badge.neutral', { 'data-testid': 'draft-status', 'data-status': plan.status },
      label('plan.status', plan.status))),
    message,
    h('section.card', {},
      h('dl.facts', {},
        h('dt', {}, t('plan.programme')), h('dd', {}, plan.programmeName || plan.programmeCode),
        h('dt', {}, t('plan.document')), h('dd', {}, `${plan.documentNumber || t('common.none')} — ${date(plan.documentDate)}`),
        h('dt', {}, t('field.issuingBody')), h('dd', { 'data-testid': 'draft-issuer' },
          `${plan.issuingBody || t('common.none')}${plan.issuerLevel ? ` (${label('issuerLevel', plan.issuerLevel)})` : ''}`),
        h('dt', {}, t('import.signature')), h('dd', { 'data-testid': 'draft-signer' },
          plan.signer ? `${plan.signer}${plan.signerTitle ? ` — ${plan.signerTitle}` : ''}` : t('common.none')),
        h('dt', {}, t('plan.period')), h('dd', {}, `${date(plan.periodStart)} – ${date(plan.periodEnd)}`),
        h('dt', {}, t('field.budgetTotalVnd')), h('dd', {}, money(plan.budgetTotalVnd)),
        (plan.sourcesWithoutAmount || []).length ? [h('dt', {}, t('draft.sourcesWithoutAmount')),
          h('dd', { 'data-testid': 'draft-sources-without-amount' },
            plan.sourcesWithoutAmount.map(s => label('source', s)).join(', '))] : null,
        h('dt', {}, t('draft.trackedPersonTurns')),
        h('dd', { 'data-testid': 'draft-tracked-person-turns' }, number(trackedPersonTurns(plan.targetLines)))),
      table({
        caption: t('draft.lines'),
        columns: [
          { title: t('field.description'), value: line => line.description },
          { title: t('field.targetKind'), value: line => label('targetKind', targetKind(line)) },
          { title: t('draft.statedAs'), value: statedTarget },
          { title: t('field.activityKind'), value: line => label('kind', line.activityKind) },
          { title: t('field.targetGroup'), value: line => label('group', line.targetGroup) },
          { title: t('field.plannedActivities'), num: true, value: line => number(line.plannedActivities) },
          { title: t('field.plannedPersonTurns'), num: true, value: line => number(line.plannedPersonTurns) },
        ],
        rows: plan.targetLines || [],
        rowAttributes: line => ({ 'data-testid': `draft-line-${line.lineId}`, dataset: { kind: targetKind(line) } }),
      }),
      (plan.otherTargets || []).length ? table({
        caption: t('draft.otherTargets'),
        columns: [
          { title: t('field.otherDescription'), value: other => other.description },
          { title: t('field.quantity'), num: true, value: other => (other.quantity == null ? '' : number(other.quantity)) },
          { title: t('field.unit'), value: other => other.unit || '' },
          { title: t('field.targetKind'), value: () => t('draft.notTracked') },
        ],
        rows: plan.otherTargets,
        testId: 'draft-other-targets',
      }) : null,
      actions));
}

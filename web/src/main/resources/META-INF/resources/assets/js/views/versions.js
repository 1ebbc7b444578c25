// A plan's versions and its amendments (điều chỉnh, bổ sung kế hoạch). Everyone in the province reads every
// approved version and what each amendment changed; an officer amends a plan in force: new targets, budget or end
// date, with the reason and the amending document. Lines keep their ids, so what was achieved under a line stays
// counted under it (plan-service refuses an amendment that drops or re-types a line).

import { h, replace, announce } from '../dom.js';
import { t, label, number, money, date } from '../i18n.js';
import { get, postAt } from '../api.js';
import { canWrite } from '../session.js';
import {
  table, field, showFormProblem, clearFormProblem, sending, dateInput, readDate, invalidInput,
} from '../components.js';
import { contentControl, collectContent } from '../plan-content.js';

/** What an amendment sends back as the plan's content: the fields of the plan API's content, nothing else. */
const CONTENT_FIELDS = ['programmeCode', 'title', 'issuingBody', 'documentNumber', 'documentDate', 'legalBases',
  'periodStart', 'periodEnd', 'scope', 'responsibleBodies', 'targetLines', 'budgetTotalVnd', 'budgetBySource', 'rules'];

/** The figures of a line an amendment may change, as [path under the line, label key, how to write it]. */
const LINE_FIGURES = [
  ['plannedActivities', 'field.plannedActivities', number],
  ['plannedPersonTurns', 'field.plannedPersonTurns', number],
  ['coverage.percent', 'field.coveragePercent', value => (value == null ? t('common.none') : `${value} %`)],
  ['minWomenPercent', 'field.minWomenPercent', value => (value == null ? t('common.none') : `${value} %`)],
  ['minEthnicMinorityPercent', 'field.minEthnicMinorityPercent', value => (value == null ? t('common.none') : `${value} %`)],
];

export async function versionsView({ main, params: [planId], query, user, alive, navigate }) {
  const path = `/api/v1/plans/${encodeURIComponent(planId)}`;
  const plan = await get('plan', path);
  const versions = await Promise.all((plan.versions || []).map(v => get('plan', `${path}/versions/${v.number}`)));
  if (!alive()) return;

  const history = versions.map((version, i) => ({ ...version, changes: i ? changes(versions[i - 1].content, version.content) : [] }));
  const amendable = canWrite(user) && (plan.status === 'APPROVED' || plan.status === 'IN_PROGRESS');

  replace(main,
    h('nav.breadcrumbs', { 'aria-label': 'breadcrumbs' }, h('a', { href: '#/province' }, t('nav.province')), ' › ',
      h('a', { href: `#/plans/${encodeURIComponent(planId)}` }, plan.documentNumber || plan.title), ' › ',
      t('versions.title')),
    h('h1', {}, t('versions.title')),
    h('p.muted', {}, plan.title),
    query.done ? h('div.success', { role: 'status', 'data-testid': 'amendment-saved' },
      t('versions.saved', { n: query.done })) : null,
    h('section.card', { 'aria-labelledby': 'versions-title' },
      h('h2#versions-title', {}, t('versions.history')),
      history.length ? table({
        testId: 'versions',
        columns: [
          { title: t('plan.version'), num: true, value: v => String(v.number) },
          { title: t('versions.effectiveOn'), value: v => date(v.effectiveOn) },
          { title: t('versions.document'), value: v => v.amendmentDocumentNumber || (v.number === 1 ? plan.documentNumber : '') || '' },
          { title: t('versions.reason'), value: v => v.reason || (v.number === 1 ? t('versions.approved') : '') },
          { title: t('versions.changes'), value: v => (v.changes.length
            ? h('ul.plain', {}, v.changes.map(change => h('li', {}, change))) : '') },
          { title: t('versions.recordedBy'), value: v => v.recordedBy || '' },
        ],
        rows: [...history].reverse(),
        rowAttributes: v => ({ 'data-version': String(v.number) }),
      }) : h('p.muted', {}, t('versions.none'))),
    amendable ? amendmentForm(plan, path, saved => navigate(
      `#/plans/${encodeURIComponent(planId)}/versions?done=${saved.planVersion}&at=${Date.now()}`)) : null);
}

/** What changed from one version's content to the next, in words: "L1 · Lượt người: 200 → 250". */
function changes(before, after) {
  const said = [];
  const compare = (what, old, now, write) => {
    if ((old ?? null) !== (now ?? null)) said.push(`${what}: ${write(old)} → ${write(now)}`);
  };
  for (const line of after.targetLines || []) {
    const previous = (before.targetLines || []).find(candidate => candidate.lineId === line.lineId);
    if (!previous) {
      said.push(t('versions.lineAdded', { line: line.lineId, description: line.description || label('kind', line.activityKind) }));
      continue;
    }
    for (const [figure, key, write] of LINE_FIGURES) {
      compare(`${line.lineId} · ${t(key)}`, at(previous, figure), at(line, figure), write);
    }
  }
  compare(t('field.periodEnd'), before.periodEnd, after.periodEnd, date);
  compare(t('field.budgetTotalVnd'), before.budgetTotalVnd, after.budgetTotalVnd, money);
  for (const amount of after.budgetBySource || []) {
    const previous = (before.budgetBySource || []).find(candidate => candidate.source === amount.source);
    compare(label('source', amount.source), previous?.amountVnd, amount.amountVnd, money);
  }
  return said;
}

function at(line, figure) {
  return figure.split('.').reduce((value, key) => (value == null ? undefined : value[key]), line);
}

function amendmentForm(plan, path, done) {
  const content = Object.fromEntries(CONTENT_FIELDS.map(name => [name, plan[name] ?? null]));
  const lineFields = (plan.targetLines || []).map((line, i) => h('div.line-card', { 'data-testid': `amend-line-${line.lineId}` },
    h('h4', {}, `${line.lineId} — ${line.description || label('kind', line.activityKind)}`),
    h('div.fields', {}, LINE_FIGURES
      .filter(([figure]) => figure !== 'coverage.percent' || line.coverage)
      .map(([figure, key]) => field(t(key), contentControl(`targetLines[${i}].${figure}`, 'int', at(line, figure)))))));
  const budgetFields = h('div.fields', {},
    field(t('field.periodEnd'), contentControl('periodEnd', 'date', plan.periodEnd)),
    field(t('field.budgetTotalVnd'), contentControl('budgetTotalVnd', 'money', plan.budgetTotalVnd)),
    (plan.budgetBySource || []).map((amount, i) => field(`${t('field.amountVnd')} — ${label('source', amount.source)}`,
      contentControl(`budgetBySource[${i}].amountVnd`, 'money', amount.amountVnd))));
  const contentPart = h('div', {},
    h('fieldset', {}, h('legend', {}, h('h3', {}, t('versions.lines'))), lineFields),
    h('fieldset', {}, h('legend', {}, h('h3', {}, t('versions.budgetAndPeriod'))), budgetFields));

  const reason = h('textarea#amend-reason', { name: 'reason', rows: 3, 'data-testid': 'amend-reason' });
  const documentNumber = h('input#amend-document', { name: 'amendmentDocumentNumber', 'data-testid': 'amend-document' });
  const amendedOn = dateInput('amend-date', 'amendedOn', null, { 'data-testid': 'amend-date' });
  const slot = h('div', { tabindex: '-1' });
  const submit = h('button.primary', { type: 'submit', 'data-testid': 'amend-submit' }, t('versions.submit'));
  const form = h('form', { novalidate: true, 'data-testid': 'amendment-form', onsubmit: async event => {
    event.preventDefault();
    clearFormProblem(form, slot);
    const amended = collectContent(contentPart, content);
    let day;
    try {
      day = readDate(amendedOn);
    } catch (error) {
      amended.invalid.push(...error.errors);
    }
    if (amended.invalid.length) {
      showFormProblem(form, slot, invalidInput(amended.invalid));
      return;
    }
    await sending(form, slot, submit, async () => {
      const saved = await postAt('plan', `${path}/amendments`, plan.version, {
        reason: reason.value.trim() || null, amendedOn: day,
        amendmentDocumentNumber: documentNumber.value.trim() || null, content: amended.value });
      announce(t('versions.saved', { n: saved.planVersion }));
      done(saved);
    });
  } },
  h('h2', {}, t('versions.amend')),
  h('p.small.muted', {}, t('versions.amendIntro')),
  slot,
  contentPart,
  h('fieldset', {}, h('legend', {}, h('h3', {}, t('versions.why'))),
    field(t('versions.reason'), reason),
    h('div.fields', {}, field(t('versions.document'), documentNumber), field(t('versions.effectiveOn'), amendedOn))),
  submit);
  return h('section.card', {}, form);
}

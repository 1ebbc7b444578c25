// Importing a plan from its official text: the officer pastes the text, plan-service reads it, and the officer
// checks every value beside the passage it came from (the API answers each value with its span in the text),
// corrects what is needed and confirms — which creates the draft plan.

import { h, replace, announce } from '../dom.js';
import { t, label, bilingual } from '../i18n.js';
import { get, call, postAt } from '../api.js';
import { field, options, showFormProblem, clearFormProblem, invalidInput } from '../components.js';
import { contentControl, collectContent, valueAt } from '../plan-content.js';
import { targetKind, quotaPersons, withDerivedPersons } from '../target-kinds.js';

const KINDS = ['TRAINING_CLASS', 'WORKSHOP', 'STUDY_TOUR', 'E_LEARNING_COHORT'];
const GROUPS = ['COMMUNITY', 'CADRE'];
const LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE', 'VILLAGE'];
const SOURCES = ['CENTRAL', 'CENTRAL_INVESTMENT', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'SOCIAL', 'OTHER'];
const ISSUER_LEVELS = ['MINISTRY', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'DEPARTMENT'];
const POPULATIONS = ['PERSON', 'HOUSEHOLD'];

export async function planImportView({ main, alive, navigate }) {
  const programmes = await get('plan', '/api/v1/reference/programmes');
  if (!alive()) return;
  const programme = h('select#programme', { name: 'programmeCode', 'data-testid': 'import-programme' },
    options(programmes.map(p => [p.code, p.shortName || p.name]), null, t('field.choose')));
  const text = h('textarea#plan-text', { name: 'text', rows: 14, 'data-testid': 'import-text', spellcheck: 'false' });
  const file = h('input#plan-file', { type: 'file', accept: '.txt,text/plain', onchange: async () => {
    if (file.files[0]) text.value = await file.files[0].text();
  } });
  const slot = h('div', { tabindex: '-1' });
  const submit = h('button.primary', { type: 'submit', 'data-testid': 'import-read' }, t('import.read'));
  const form = h('form', { novalidate: true, onsubmit: async event => {
    event.preventDefault();
    clearFormProblem(form, slot);
    submit.disabled = true;
    submit.textContent = t('import.reading');
    // the spans the service answers count characters of the composed (NFC) text
    const composed = text.value.normalize('NFC');
    try {
      const reading = await call('plan', '/api/v1/plan-imports', {
        method: 'POST', query: { programmeCode: programme.value || null }, body: composed,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
      if (alive()) review(main, reading, composed, programmes, navigate, alive);
    } catch (error) {
      showFormProblem(form, slot, error);
    } finally {
      submit.disabled = false;
      submit.textContent = t('import.read');
    }
  } },
  slot,
  field(t('import.programme'), programme),
  field(t('import.text'), text),
  field(t('import.file'), file),
  submit);
  replace(main, h('h1', {}, t('import.title')), h('p', {}, t('import.intro')), h('section.card', {}, form));
}

/** Step two: the text with what was read highlighted, beside the values as a form. */
function review(main, reading, text, programmes, navigate, alive) {
  const draft = structuredClone(reading.draft);
  const extractions = new Map();
  for (const extraction of reading.extractions || []) extractions.set(extraction.field, extraction);
  const findingsByField = new Map();
  const generalFindings = [];
  for (const finding of reading.findings || []) {
    if (finding.field) {
      findingsByField.set(finding.field, [...(findingsByField.get(finding.field) || []), finding]);
    } else {
      generalFindings.push(finding);
    }
  }

  // ------------------------------------------------------------ the text, its read passages marked
  const spans = [];
  (reading.extractions || []).forEach((x, i) => x.span && spans.push({ id: `x${i}`, key: x.field, ...x.span }));
  (reading.findings || []).forEach((f, i) => f.span && spans.push({ id: `f${i}`, key: f.field, finding: true, ...f.span }));
  const source = h('div.source-text', { tabindex: '0', role: 'document', 'aria-label': t('import.text.label'),
    'data-testid': 'import-source' }, markText(text, spans));
  const spanIdsByField = new Map();
  spans.forEach(span => span.key && spanIdsByField.set(span.key, [...(spanIdsByField.get(span.key) || []), span.id]));
  // a finding is shown by its own passage: many name no field (a target not about training, a quota per unit)
  const showSpans = ids => {
    source.querySelectorAll('mark.active').forEach(mark => mark.classList.remove('active'));
    let first = null;
    source.querySelectorAll('mark').forEach(mark => {
      if (mark.dataset.spans.split(' ').some(id => ids.includes(id))) {
        mark.classList.add('active');
        first = first || mark;
      }
    });
    if (first) {
      source.scrollTop = first.offsetTop - source.offsetTop - 40;
      first.scrollIntoView({ block: 'nearest' });
    }
  };
  const showInText = key => showSpans(spanIdsByField.get(key) || []);

  // ------------------------------------------------------------ the values
  const control = contentControl;
  const reviewed = (path, labelText, input) => {
    // a line's description is the passage the whole line was read from
    const extraction = extractions.get(path) || extractions.get(path.replace(/\.description$/, ''));
    const findings = findingsByField.get(path) || [];
    const info = h('div.small', {},
      extraction ? [h(`span.badge.confidence.${extraction.confidence === 'HIGH' ? 'ok' : 'warn'}`, {},
        label('import.confidence', extraction.confidence)), ' ']
        : h('span.badge.neutral.confidence', {}, t('import.notInText')),
      extraction?.span ? h('button.link', { type: 'button', 'data-testid': `show-${path}`,
        onclick: () => showInText(path) }, t('import.showInText')) : null,
      extraction?.span ? h('span.muted', {}, ` “${extraction.span.quote}”`) : null,
      extraction?.note ? h('div.extraction-note', {}, bilingual(extraction.note, extraction.noteEn)) : null,
      findings.map(finding => h('div.extraction-note', { 'data-testid': `finding-${path}` },
        '⚠ ', bilingual(finding.message, finding.messageEn))));
    const wrapper = field(labelText, input);
    wrapper.append(info);
    return wrapper;
  };
  const moneyControl = path => control(path, 'money', valueAt(draft, path));

  const general = h('fieldset', {}, h('legend', {}, h('h3', {}, t('import.general'))),
    reviewed('title', t('field.title'), control('title', 'textarea', draft.title)),
    h('div.fields', {},
      reviewed('issuingBody', t('field.issuingBody'), control('issuingBody', 'text', draft.issuingBody)),
      reviewed('issuerLevel', t('field.issuerLevel'), control('issuerLevel', 'select', draft.issuerLevel,
        { choices: ISSUER_LEVELS.map(l => [l, label('issuerLevel', l)]) })),
      reviewed('documentNumber', t('field.documentNumber'), control('documentNumber', 'text', draft.documentNumber)),
      reviewed('documentDate', t('field.documentDate'), control('documentDate', 'date', draft.documentDate)),
      reviewed('periodStart', t('field.periodStart'), control('periodStart', 'date', draft.periodStart)),
      reviewed('periodEnd', t('field.periodEnd'), control('periodEnd', 'date', draft.periodEnd)),
      reviewed('budgetTotalVnd', t('field.budgetTotalVnd'), moneyControl('budgetTotalVnd'))),
    h('div.fields', { 'data-testid': 'import-signature' },
      reviewed('signer', t('field.signer'), control('signer', 'text', draft.signer)),
      reviewed('signerTitle', t('field.signerTitle'), control('signerTitle', 'text', draft.signerTitle))));

  const bases = (draft.legalBases || []).length ? h('div', {}, h('h3', {}, t('import.legalBases')),
    h('ul', {}, draft.legalBases.map((basis, i) => h('li', {},
      `${basis.number || ''} ${basis.date ? `(${basis.date.split('-').reverse().join('/')})` : ''} ${basis.issuer || ''} `,
      extractions.get(`legalBases[${i}]`)?.span ? h('button.link', { type: 'button',
        onclick: () => showInText(`legalBases[${i}]`) }, t('import.showInText')) : null)))) : null;
  const scope = (draft.scope || []).length ? h('div', {}, h('h3', {}, t('import.scope')),
    h('p', {}, draft.scope.map((unit, i) => [i ? ', ' : '', h('code', {}, unit.unitCode), ' ',
      extractions.get(`scope[${i}].unitCode`)?.span ? h('button.link', { type: 'button',
        onclick: () => showInText(`scope[${i}].unitCode`) }, t('import.showInText')) : null]))) : null;

  const lines = h('fieldset', {}, h('legend', {}, h('h3', {}, t('import.lines'))),
    (draft.targetLines || []).map((line, i) => {
      const p = name => `targetLines[${i}].${name}`;
      const kind = targetKind(line);
      const persons = quotaPersons(line.quota);
      return h('div.line-card', { 'data-testid': `import-line-${i}`, dataset: { kind } },
        h('h4', {}, t('import.lineN', { n: i + 1 }), ' ',
          h('span.badge.neutral', { 'data-testid': `import-line-kind-${i}` }, label('targetKind', kind)), ' ',
          extractions.get(`targetLines[${i}]`)?.span ? h('button.link', { type: 'button',
            'data-testid': `show-targetLines[${i}]`, onclick: () => showInText(`targetLines[${i}]`) },
          t('import.showInText')) : null),
        reviewed(p('description'), t('field.description'), control(p('description'), 'textarea', line.description)),
        h('div.fields', {},
          reviewed(p('activityKind'), t('field.activityKind'), control(p('activityKind'), 'select', line.activityKind,
            { choices: KINDS.map(k => [k, label('kind', k)]) })),
          reviewed(p('targetGroup'), t('field.targetGroup'), control(p('targetGroup'), 'select', line.targetGroup,
            { choices: GROUPS.map(g => [g, label('group', g)]) })),
          reviewed(p('cadreLevel'), t('field.cadreLevel'), control(p('cadreLevel'), 'select', line.cadreLevel,
            { choices: LEVELS.map(l => [l, label('level', l)]) })),
          reviewed(p('plannedActivities'), t('field.plannedActivities'), control(p('plannedActivities'), 'int', line.plannedActivities)),
          // a quota's persons are derived from it on confirmation: shown, marked, not typed
          line.quota ? h('div', { 'data-testid': `import-derived-${i}` }, field(t('field.plannedPersonTurns'),
            h(`output#derived-persons-${i}`, {}, h('span', { dataset: { derivedPersons: String(i) } }, persons ?? '—'), ' ',
              h('span.badge.warn', {}, t('import.derived')))),
          h('div.small', {}, t('import.derivedPersons', { perUnit: line.quota.perUnit, units: line.quota.unitsInScope,
            unit: line.quota.unitKind || '', persons: persons ?? '—' }))) :
            reviewed(p('plannedPersonTurns'), t('field.plannedPersonTurns'), control(p('plannedPersonTurns'), 'int', line.plannedPersonTurns)),
          line.quota ? reviewed(p('quota.perUnit'), t('field.quotaPerUnit'), control(p('quota.perUnit'), 'int', line.quota.perUnit)) : null,
          line.quota ? reviewed(p('quota.unitKind'), t('field.quotaUnitKind'), control(p('quota.unitKind'), 'text', line.quota.unitKind)) : null,
          line.quota ? reviewed(p('quota.unitsInScope'), t('field.unitsInScope'),
            control(p('quota.unitsInScope'), 'int', line.quota.unitsInScope)) : null,
          line.coverage ? reviewed(p('coverage.rosterDescription'), t('field.population'),
            control(p('coverage.rosterDescription'), 'text', line.coverage.rosterDescription)) : null,
          line.coverage ? reviewed(p('coverage.populationUnit'), t('field.populationUnit'),
            control(p('coverage.populationUnit'), 'select', line.coverage.populationUnit,
              { choices: POPULATIONS.map(u => [u, label('population', u)]) })) : null,
          line.coverage ? reviewed(p('coverage.rosterSize'), t('field.rosterSize'),
            control(p('coverage.rosterSize'), 'int', line.coverage.rosterSize)) : null,
          line.coverage ? reviewed(p('coverage.percent'), t('field.coveragePercent'),
            control(p('coverage.percent'), 'int', line.coverage.percent)) : null,
          line.coverage ? reviewed(p('coverage.byDate'), t('field.coverageBy'),
            control(p('coverage.byDate'), 'date', line.coverage.byDate)) : null,
          kind === 'CUMULATIVE' ? reviewed(p('cumulativeByYear'), t('field.cumulativeByYear'),
            control(p('cumulativeByYear'), 'int', line.cumulativeByYear)) : null,
          reviewed(p('minWomenPercent'), t('field.minWomenPercent'), control(p('minWomenPercent'), 'int', line.minWomenPercent)),
          reviewed(p('minEthnicMinorityPercent'), t('field.minEthnicMinorityPercent'),
            control(p('minEthnicMinorityPercent'), 'int', line.minEthnicMinorityPercent))),
        (line.yearlyTargets || []).length ? h('div', { 'data-testid': `import-yearly-${i}` },
          h('h5', {}, t('import.yearlyTargets')),
          line.yearlyTargets.map((year, y) => h('div.fields', {},
            reviewed(p(`yearlyTargets[${y}].year`), t('field.year'), control(p(`yearlyTargets[${y}].year`), 'int', year.year)),
            reviewed(p(`yearlyTargets[${y}].plannedActivities`), t('field.plannedActivities'),
              control(p(`yearlyTargets[${y}].plannedActivities`), 'int', year.plannedActivities)),
            reviewed(p(`yearlyTargets[${y}].plannedPersonTurns`), t('field.plannedPersonTurns'),
              control(p(`yearlyTargets[${y}].plannedPersonTurns`), 'int', year.plannedPersonTurns))))) : null);
    }));

  // targets not about training: kept with the plan and shown, never tracked as training progress
  const others = (draft.otherTargets || []).length ? h('fieldset', { 'data-testid': 'import-other-targets' },
    h('legend', {}, h('h3', {}, t('import.otherTargets'))),
    h('p.small.muted', {}, t('import.otherTargetsIntro')),
    draft.otherTargets.map((other, j) => h('div.line-card', { 'data-testid': `import-other-${j}` },
      h('h4', {}, t('import.otherN', { n: j + 1 }), ' ', extractions.get(`otherTargets[${j}]`)?.span
        ? h('button.link', { type: 'button', 'data-testid': `show-otherTargets[${j}]`,
          onclick: () => showInText(`otherTargets[${j}]`) }, t('import.showInText')) : null),
      reviewed(`otherTargets[${j}].description`, t('field.otherDescription'),
        control(`otherTargets[${j}].description`, 'textarea', other.description)),
      h('div.fields', {},
        field(t('field.quantity'), control(`otherTargets[${j}].quantity`, 'decimal', other.quantity)),
        field(t('field.unit'), control(`otherTargets[${j}].unit`, 'text', other.unit)))))) : null;

  const budget = h('fieldset', {}, h('legend', {}, h('h3', {}, t('import.budget'))),
    (draft.budgetBySource || []).map((item, i) => h('div.fields', {},
      reviewed(`budgetBySource[${i}].source`, `${t('import.sourceN', { n: i + 1 })} — ${t('field.source')}`,
        control(`budgetBySource[${i}].source`, 'select', item.source, { choices: SOURCES.map(s => [s, label('source', s)]) })),
      reviewed(`budgetBySource[${i}].amountVnd`, t('field.amountVnd'), moneyControl(`budgetBySource[${i}].amountVnd`)))),
    (draft.sourcesWithoutAmount || []).length ? h('div', { 'data-testid': 'import-sources-without-amount' },
      h('h4', {}, t('import.sourcesWithoutAmount')),
      h('div.fields', {}, draft.sourcesWithoutAmount.map((source, j) => reviewed(`sourcesWithoutAmount[${j}]`,
        t('field.source'), control(`sourcesWithoutAmount[${j}]`, 'select', source,
          { choices: SOURCES.map(x => [x, label('source', x)]) }))))) : null);

  const slot = h('div', { tabindex: '-1' });
  const confirm = h('button.primary', { type: 'submit', 'data-testid': 'import-confirm' }, t('import.confirm'));
  // a corrected quota shows the persons it derives at once
  const refreshDerived = () => (draft.targetLines || []).forEach((line, i) => {
    if (!line.quota) return;
    const read = name => {
      const raw = (form.querySelector(`[name="targetLines[${i}].quota.${name}"]`)?.value || '').replace(/[.\s]/g, '');
      return /^\d+$/.test(raw) ? Number(raw) : null;
    };
    const shown = form.querySelector(`[data-derived-persons="${i}"]`);
    if (shown) shown.textContent = quotaPersons({ perUnit: read('perUnit'), unitsInScope: read('unitsInScope') }) ?? '—';
  });
  const form = h('form', { novalidate: true, 'data-testid': 'import-review', oninput: () => refreshDerived(), onsubmit: async event => {
    event.preventDefault();
    clearFormProblem(form, slot);
    const content = collectContent(form, draft);
    content.value = withDerivedPersons(content.value);
    if (content.invalid.length) {
      showFormProblem(form, slot, invalidInput(content.invalid));
      return;
    }
    confirm.disabled = true;
    confirm.textContent = t('import.confirming');
    try {
      const plan = await postAt('plan', `/api/v1/plan-imports/${encodeURIComponent(reading.importId)}/confirmation`,
        reading.version, { content: content.value });
      announce(t('import.created'));
      if (alive()) navigate(`#/plan-drafts/${encodeURIComponent(plan.id)}?created=1`);
    } catch (error) {
      showFormProblem(form, slot, error);
    } finally {
      confirm.disabled = false;
      confirm.textContent = t('import.confirm');
    }
  } },
  slot, general, bases, scope, lines, others, budget, confirm);

  const programmeName = programmes.find(p => p.code === draft.programmeCode);
  replace(main,
    h('h1', {}, t('import.review')),
    h('p', {}, t('import.reviewIntro')),
    programmeName ? h('p.small.muted', {}, `${t('import.programme')}: ${programmeName.name}`) : null,
    generalFindings.length || reading.findings?.length ? h('div.notice', { 'data-testid': 'import-findings' },
      h('h2', {}, t('import.findings')),
      h('ul', {}, (reading.findings || []).map((finding, i) => h('li', {},
        bilingual(finding.message, finding.messageEn), ' ',
        finding.field ? h('code', {}, finding.field) : null, ' ',
        finding.span ? h('button.link', { type: 'button', onclick: () => showSpans([`f${i}`]) },
          t('import.showInText')) : null)))) : null,
    h('div.import-review', {}, h('section', { 'aria-label': t('import.text.label') }, source),
      h('section.card', {}, form)));
}

/** The text as text nodes and <mark>s; a passage covered by several spans carries all their ids. */
function markText(text, spans) {
  const points = new Set([0, text.length]);
  spans.forEach(span => {
    points.add(Math.max(0, Math.min(text.length, span.start)));
    points.add(Math.max(0, Math.min(text.length, span.end)));
  });
  const sorted = [...points].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [from, to] = [sorted[i], sorted[i + 1]];
    const piece = text.slice(from, to);
    const covering = spans.filter(span => span.start <= from && span.end >= to);
    if (!covering.length) {
      nodes.push(piece);
    } else {
      nodes.push(h(`mark${covering.every(span => span.finding) ? '.finding' : ''}`,
        { dataset: { spans: covering.map(span => span.id).join(' ') } }, piece));
    }
  }
  return nodes;
}

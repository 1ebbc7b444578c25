// The platform administrator's pages: the provinces onboarded (tenants), and the loading of the statistics office's
// catalogue of districts and communes into the registry of administrative units.

import { h, replace, announce } from '../dom.js';
import { t, label, number, bilingual, date } from '../i18n.js';
import { get, call } from '../api.js';
import { table, pager, field, problemBox } from '../components.js';

export async function tenantsView({ main, alive }) {
  const section = h('section.card');
  const load = async page => {
    const tenants = await get('plan', '/api/v1/tenants', { page, size: 50 });
    if (!alive()) return;
    replace(section, table({
      caption: t('tenants.caption'),
      testId: 'tenants',
      columns: [
        { title: t('col.code'), value: tenant => tenant.provinceCode },
        { title: t('col.name'), value: tenant => h('strong', {}, tenant.name) },
        { title: 'ID', value: tenant => h('code', {}, tenant.tenantId) },
        { title: t('col.status'), value: tenant => h(`span.badge.${tenant.status === 'ACTIVE' ? 'ok' : 'bad'}`, {},
          label('tenants.status', tenant.status)) },
        { title: t('col.validFrom'), value: tenant => date(tenant.validFrom) },
        { title: t('col.validTo'), value: tenant => date(tenant.validTo) },
      ],
      rows: tenants.items,
    }), pager(tenants, load));
  };
  await load(0);
  if (alive()) replace(main, h('h1', {}, t('tenants.title')), section, catalogueCard());
}

/** Upload of the catalogue (XLS, XLSX or CSV as the statistics office exports it) and what it changed. */
function catalogueCard() {
  const file = h('input#catalogue-file', { type: 'file', name: 'file', 'data-testid': 'catalogue-file',
    accept: '.xls,.xlsx,.csv,text/csv,application/vnd.ms-excel,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const result = h('div', { 'aria-live': 'polite', tabindex: '-1' });
  const button = h('button.primary', { type: 'submit', 'data-testid': 'catalogue-upload' }, t('catalogue.upload'));
  const form = h('form', { novalidate: true, onsubmit: async event => {
    event.preventDefault();
    if (!file.files[0]) {
      replace(result, h('div.problem', { role: 'alert' }, t('activity.fileRequired')));
      return;
    }
    const body = new FormData();
    body.append('file', file.files[0], file.files[0].name);
    button.disabled = true;
    replace(result, h('p.muted', {}, t('catalogue.loading')));
    try {
      const report = await call('plan', '/api/v1/reference/units/catalogue', { method: 'POST', body });
      replace(result, reportOf(report));
      announce(t('catalogue.done'));
    } catch (error) {
      replace(result, problemBox(error));
    } finally {
      button.disabled = false;
      result.focus();
    }
  } },
  h('h2', {}, t('catalogue.title')),
  h('p.small.muted', {}, t('catalogue.intro')),
  field(t('catalogue.file'), file, t('catalogue.hint')),
  button);
  return h('section.card', {}, form, result);
}

function reportOf(report) {
  return h('div', { 'data-testid': 'catalogue-report' },
    h('dl.facts', {},
      h('dt', {}, t('catalogue.rows')), h('dd', { 'data-testid': 'catalogue-rows' }, number(report.rows)),
      h('dt', {}, t('catalogue.districts')), h('dd', { 'data-testid': 'catalogue-districts' }, number(report.districtsDefined)),
      h('dt', {}, t('catalogue.communes')), h('dd', { 'data-testid': 'catalogue-communes' }, number(report.communesDefined)),
      h('dt', {}, t('catalogue.known')), h('dd', { 'data-testid': 'catalogue-known' }, number(report.alreadyKnown))),
    report.rejected.length ? table({
      caption: t('catalogue.rejected'),
      testId: 'catalogue-rejected',
      columns: [
        { title: t('catalogue.row'), num: true, value: row => String(row.row) },
        { title: t('catalogue.column'), value: row => row.column || '' },
        { title: t('catalogue.reason'), value: row => bilingual(row.message, row.messageEn) },
      ],
      rows: report.rejected,
    }) : h('p', {}, t('catalogue.allRowsUsed')));
}

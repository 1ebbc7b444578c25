// The platform administrator's list of the provinces onboarded (tenants).

import { h, replace } from '../dom.js';
import { t, label, date } from '../i18n.js';
import { get } from '../api.js';
import { table, pager } from '../components.js';

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
  if (alive()) replace(main, h('h1', {}, t('tenants.title')), section);
}

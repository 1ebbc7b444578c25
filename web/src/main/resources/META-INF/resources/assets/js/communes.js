// The province dashboard's communes: each commune of the province (as the catalogue has them today) with its results,
// coloured by the chosen measure, those without results marked "chưa có số liệu". A list, not a map: no commune
// boundaries of the 2025 structure are available to the build under a licence fit to serve (see web/README.md).

import { h, replace } from './dom.js';
import { t, number, percent } from './i18n.js';
import { get } from './api.js';
import { options, problemBox, table } from './components.js';
import { COMMUNE_MEASURES, communeRows, measureClasses, classOf } from './commune-figures.js';

// light to dark: more is darker, as on a choropleth; "no data" is hatched grey so it never reads as a low value
export const COMMUNE_COLOURS = {
  NO_DATA: 'repeating-linear-gradient(45deg,#e4e4e4 0 4px,#f7f7f7 4px 8px)',
  ZERO: '#f1f6fb',
  STEP_1: '#c6dbef',
  STEP_2: '#6baed6',
  STEP_3: '#2171b5',
  STEP_4: '#08306b',
};

/**
 * The section and how to fill it: `load()` reads the catalogue and the results (again after a live update). The
 * catalogue is plan-service's; without it the communes with results are still listed.
 */
export function communesSection({ scope, tenantId, day }) {
  const section = h('section.card', { 'aria-labelledby': 'communes-title', 'data-testid': 'communes' });
  let measure = 'personTurns';
  let catalogue = null;
  let results = null;
  let catalogueProblem = null;

  const render = () => {
    const rows = communeRows(catalogue || [], results.items, measure);
    const classes = measureClasses(rows.filter(row => row.figures).map(row => row.figures[measure]));
    const counts = {};
    rows.forEach(row => {
      row.colour = classOf(classes, row.figures ? row.figures[measure] : null);
      counts[row.colour] = (counts[row.colour] || 0) + 1;
    });
    const measureSelect = h('select#communes-measure', { 'data-testid': 'communes-measure', onchange: () => {
      measure = measureSelect.value;
      render();
    } }, options(COMMUNE_MEASURES.map(key => [key, t(`communes.measure.${key}`)]), measure));
    const legend = [...classes.slice().reverse().map(c => ({ key: c.key,
      text: c.key === 'ZERO' ? t('communes.zero') : c.from === c.to ? number(c.from)
        : t('communes.range', { from: number(c.from), to: number(c.to) }) })),
    { key: 'NO_DATA', text: t('national.noData') }];
    const withData = rows.filter(row => row.figures).length;
    replace(section,
      h('h2#communes-title', {}, t('communes.title')),
      h('p.small.muted', {}, t('communes.intro')),
      h('div.actions', {}, h('label', { for: 'communes-measure' }, t('communes.colourBy')), measureSelect),
      h('p.small', { 'data-testid': 'communes-summary' },
        t('communes.summary', { withData: number(withData), total: number(rows.length) })),
      h('ul.map-legend.inline', { 'data-testid': 'communes-legend', 'aria-label': t('communes.legend', {
        measure: t(`communes.measure.${measure}`) }) }, legend.map(entry =>
        h('li', { 'data-testid': `communes-legend-${entry.key}` },
          h('span.swatch', { style: `background:${COMMUNE_COLOURS[entry.key]}`, 'aria-hidden': 'true' }),
          entry.text, ' ', h('span.muted', {}, `(${t('communes.count', { count: number(counts[entry.key] || 0) })})`)))),
      catalogueProblem ? h('p.small.muted', { 'data-testid': 'communes-catalogue-missing' }, t('communes.noCatalogue')) : null,
      rows.length ? table({
        caption: t('communes.caption', { measure: t(`communes.measure.${measure}`) }),
        testId: 'communes-table',
        rowAttributes: row => ({ 'data-testid': `commune-${row.code}`, 'data-colour': row.colour }),
        columns: [
          { title: t('communes.commune'), value: row => [
            h('span.swatch', { style: `background:${COMMUNE_COLOURS[row.colour]}`, 'aria-hidden': 'true' }),
            h('strong', {}, row.name || t('communes.unknown')),
            row.known && catalogue && !catalogue.some(unit => unit.code === row.code)
              ? h('div.small.muted', {}, t('communes.elsewhere')) : null] },
          ...['activitiesHeld', 'personTurns', 'uniquePersons'].map(key => ({
            title: t(`communes.measure.${key}`), num: true,
            testId: row => `commune-${row.code}-${key}`,
            value: row => row.figures ? number(row.figures[key]) : h('span.muted', {}, t('national.noData')) })),
          { title: t('col.women'), num: true, value: row => row.figures
            ? `${number(row.figures.women)} (${percent(row.figures.womenShare)})` : t('common.none') },
          { title: t('col.minority'), num: true, value: row => row.figures
            ? `${number(row.figures.ethnicMinority)} (${percent(row.figures.ethnicMinorityShare)})` : t('common.none') },
        ],
        rows,
      }) : h('p.muted', {}, t('communes.none')));
  };

  const load = async () => {
    const [catalogueAnswer, resultsAnswer] = await Promise.allSettled([
      get('plan', '/api/v1/reference/units', { level: 'COMMUNE', province: tenantId, validOn: day, size: 500 }),
      get('reporting', '/api/v1/progress/units', { ...scope, level: 'COMMUNE', on: day, size: 200 }),
    ]);
    if (resultsAnswer.status === 'rejected') {
      replace(section, h('h2#communes-title', {}, t('communes.title')), problemBox(resultsAnswer.reason));
      return;
    }
    results = resultsAnswer.value;
    catalogue = catalogueAnswer.status === 'fulfilled' ? catalogueAnswer.value.items : null;
    catalogueProblem = catalogueAnswer.status === 'rejected' ? catalogueAnswer.reason : null;
    render();
  };

  return { section, load };
}

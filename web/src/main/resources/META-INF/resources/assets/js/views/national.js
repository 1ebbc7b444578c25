// The ministry's dashboard: nationwide totals per programme, the provinces ranked by progress and forecast (table
// and chart), and a way into each province. Only totals: the API it reads holds no learner's personal data. It shows
// one phase, one programme or everything (#/national?phase=2026-2030&programme=…); an analyst of one ministry sees
// the programmes that ministry owns.

import { h, replace, announce, flash } from '../dom.js';
import { t, label, number, money, percent, date, dateTime } from '../i18n.js';
import { get } from '../api.js';
import { canDrillDown } from '../session.js';
import { statusBadge, table, pager, downloadButton, options, progressBar, shortProgrammeName } from '../components.js';
import { keyFigures, bars } from '../figures.js';
import { rankingChart, provinceMap, rankColourKey, RANK_COLOURS } from '../charts.js';
import { rowsByShape } from '../provinces-2025.js';
import { openStream, liveIndicator, showIfChanged } from '../live.js';
import { periodSection } from '../periods.js';

export async function nationalView(context) {
  const { main, query, user, alive, onCleanup } = context;
  // what the whole page shows; the ranking may narrow it to one programme of it
  const view = { phase: query.phase || '', programmeCode: query.programme || '' };
  const viewQuery = { phase: view.phase, programmeCode: view.programmeCode };
  const choice = { phase: view.phase, programmeCode: view.programmeCode, order: query.order || 'STATUS', page: 0 };
  const [overview, ranking] = await Promise.all([
    get('reporting', '/api/v1/national/progress', viewQuery),
    loadRanking(choice),
  ]);
  if (!alive()) return;

  const live = liveIndicator();
  const meta = h('p.meta', { 'data-testid': 'data-as-of' });
  const figures = h('div', { 'data-testid': 'national-figures' });
  const programmes = h('section', { 'aria-labelledby': 'programmes-title' });
  const rankingSection = h('section.card', { 'aria-labelledby': 'ranking-title' });
  let chart = null;
  let map = null;
  onCleanup(() => {
    chart?.dispose();
    map?.dispose();
  });
  const shapes = await mapShapes();
  if (!alive()) return;

  const renderOverview = current => {
    replace(meta, t('common.asOf', { date: date(current.asOf) }), ' · ',
      t('common.dataAsOf', { time: dateTime(current.dataAsOf) }), ' · ',
      h('span', { 'data-testid': 'province-count' }, t('national.provinces', { count: number(current.provinces),
        plans: number(current.plans) })), ' · ', live);
    replace(figures, keyFigures(current.totals, null, 'national'), standing(current.standing, 'national'));
    replace(programmes, h('h2#programmes-title', {}, t('national.programmes')),
      h('div.two-col', {}, current.programmes.map(programme => h(`section.card.status-card.opens.${programme.forecast?.status || 'none'}`, {
        'data-testid': `programme-${programme.programmeCode}`,
        // a click anywhere on the card opens the programme, as its title's link does for the keyboard
        onclick: event => {
          if (!event.target.closest('a, button')) openProgramme(event, programme.programmeCode);
        },
      },
      h('h3', {}, h('a', { href: programmeRoute(programme.programmeCode),
        onclick: event => openProgramme(event, programme.programmeCode),
        'data-testid': `programme-${programme.programmeCode}-open`,
        'aria-label': t('national.openProgramme', { name: programme.programmeName }) }, programme.programmeName)),
      h('p.small.muted', {}, `${t('plan.deadline')}: ${date(programme.deadline)} · `,
        t('national.provinces', { count: number(programme.provinces), plans: number(programme.plans) }), ' · ',
        statusBadge(programme.forecast?.status)),
      bars(programme.figures, programme.forecast, `programme-${programme.programmeCode}`),
      standing(programme.standing, `programme-${programme.programmeCode}`),
      h('p.small', {}, t('national.provincesByStatus'), ': ',
        ['REACHED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK'].map(status => [statusBadge(status), ' ',
          h('span.num', { 'data-testid': `programme-${programme.programmeCode}-${status}` },
            number(programme.provincesByStatus?.[status] ?? 0)), '  '])),
      h('a', { href: programmeRoute(programme.programmeCode),
        onclick: event => openProgramme(event, programme.programmeCode) }, t('national.ranking'))))));
  };

  // the address changes and the page shows the programme; already there, the ranking is brought into view
  const openProgramme = (event, programmeCode) => {
    event.preventDefault();
    if (location.hash === programmeRoute(programmeCode)) rankingSection.scrollIntoView({ block: 'start' });
    else location.hash = programmeRoute(programmeCode);
  };

  const renderRanking = page => {
    chart?.dispose();
    chart = null;
    map?.dispose();
    map = null;
    const drill = canDrillDown(user)
      ? row => { location.hash = `#/province?tenant=${encodeURIComponent(row.province.tenantId)}`; } : undefined;
    const onMap = shapes ? rowsByShape(page.items) : null;
    const mapElement = shapes ? h('div.chart.map', { 'data-testid': 'province-map' }) : null;
    const programmeSelect = h('select#ranking-programme', { 'data-testid': 'ranking-programme', onchange: () => {
      choice.programmeCode = programmeSelect.value;
      choice.page = 0;
      // kept in the address, as a programme's card puts it there: a reload or a shared link shows the same
      history.replaceState(history.state, '', programmeSelect.value ? programmeRoute(programmeSelect.value) : '#/national');
      refreshRanking();
    } }, options(overview.programmes.map(p => [p.programmeCode, shortProgrammeName(p.programmeName)]), choice.programmeCode,
      t('national.allProgrammes')));
    const orderSelect = h('select#ranking-order', { 'data-testid': 'ranking-order', onchange: () => {
      choice.order = orderSelect.value;
      choice.page = 0;
      refreshRanking();
    } }, options(['STATUS', 'SHORTFALL', 'PROGRESS', 'NAME'].map(order => [order, label('national.order', order)]), choice.order));
    const chartElement = h('div.chart', { 'data-testid': 'ranking-chart',
      style: `height:${Math.max(220, 46 * page.items.length + 60)}px` });
    replace(rankingSection,
      h('h2#ranking-title', {}, t('national.ranking')),
      h('p.small.muted', {}, t('national.noPersonalData')),
      h('div.actions', {},
        h('label', { for: 'ranking-programme' }, t('national.programme')), programmeSelect,
        h('label', { for: 'ranking-order' }, t('national.order')), orderSelect),
      mapFigure(mapElement, onMap, user),
      table({
        caption: t('national.rankingCaption', { order: label('national.order', choice.order) }),
        testId: 'ranking',
        rowAttributes: row => ({ 'data-tenant': row.province.tenantId }),
        columns: [
          { title: t('col.rank'), num: true, value: row => number(row.rank) },
          { title: t('col.province'), className: 'nowrap', value: row => canDrillDown(user)
            ? h('a', { href: `#/province?tenant=${encodeURIComponent(row.province.tenantId)}`,
              'aria-label': t('national.drill', { name: row.province.name }),
              'data-testid': `drill-${row.province.tenantId}` }, row.province.name)
            : row.province.name },
          { title: t('col.plans'), num: true, value: row => number(row.plans) },
          { title: t('col.activities'), num: true, value: row => `${number(row.activitiesHeld)} / ${number(row.activitiesPlanned)}` },
          { title: t('col.personTurns'), value: row => progressBar({ title: t('col.personTurns'), achieved: row.personTurns,
            target: row.personTurnTarget, percent: row.personTurnsPercent, status: row.status, inTable: true,
            testId: `rank-${row.province.tenantId}-person-turns` }) },
          { title: t('col.women'), num: true, value: row => percent(row.womenShare) },
          { title: t('col.minority'), num: true, value: row => percent(row.ethnicMinorityShare) },
          { title: t('col.spent'), num: true, value: row => money(row.spentVnd),
            testId: row => `rank-${row.province.tenantId}-spent` },
          { title: t('col.forecast'), value: row => row.hasData === false
            ? h('span.badge.neutral', { 'data-testid': `rank-${row.province.tenantId}-status`, 'data-status': 'NO_DATA' },
              t('national.noData'))
            : statusBadge(row.status, `rank-${row.province.tenantId}-status`) },
          { title: t('col.projected'), num: true, value: row => number(row.projectedPersonTurns) },
          { title: t('col.shortfall'), num: true, value: row => number(row.shortfallPersonTurns) },
        ],
        rows: page.items,
      }),
      pager(page, next => {
        choice.page = next;
        refreshRanking();
      }),
      h('h3', {}, t('national.chart')),
      chartElement);
    requestAnimationFrame(() => {
      if (alive() && chartElement.isConnected) {
        // a bar, or a province on the map, opens its province, as the province's name in the table does
        chart = rankingChart(chartElement, page.items, drill);
        if (mapElement) map = provinceMap(mapElement, shapes, onMap.shapes, drill,
          t('chart.map.aria', { summary: legendEntries(onMap).map(entry => `${entry.label}: ${entry.count}`).join('; ') }));
      }
    });
  };

  async function refreshRanking() {
    const page = await loadRanking(choice);
    if (alive()) renderRanking(page);
  }

  renderOverview(overview);
  replace(main,
    h('div.page-head', {},
      h('div', {}, h('h1', {}, t('national.title')), h('p.muted', {}, t('national.subtitle')), meta,
        viewSelector(overview.selection, view)),
      h('div.actions', {}, downloadButton(t('national.export'), 'reporting', '/api/v1/national/export',
        { ...viewQuery, format: 'xlsx' }, 'bao-cao-toan-quoc.xlsx', 'export-national'),
      h('a.button', { href: '#/national/closeout', 'data-testid': 'closeout-link' }, t('closeout.link')),
      h('a.button', { href: '#/national/period-reports', 'data-testid': 'period-reports-link' }, t('periodReport.nationalLink')))),
    figures, programmes,
    periodSection({ reportPath: '/api/v1/national/report', exportPath: '/api/v1/national/export',
      exportName: 'bao-cao-toan-quoc', monthly: overview.totals.monthly, query: viewQuery }),
    rankingSection);
  renderRanking(ranking);
  // opened from a programme's card: the ranking of its provinces is what was asked for
  if (query.programme) requestAnimationFrame(() => alive() && rankingSection.scrollIntoView({ block: 'start' }));

  let reload = null;
  let shown = overview;
  const onNational = current => {
    if (!alive()) return;
    shown = current;
    renderOverview(current);
    flash(figures);
    announce(t('common.updated'));
    clearTimeout(reload);
    reload = setTimeout(refreshRanking, 300);
  };
  const stream = openStream('reporting', '/api/v1/national/stream', viewQuery, { national: onNational }, live,
    showIfChanged('reporting', '/api/v1/national/progress', viewQuery, () => shown, onNational));
  onCleanup(() => {
    stream.close();
    clearTimeout(reload);
  });
}

/**
 * The provinces one by one, beside the sums above: the progress with each province counted only up to its own
 * target, how many are on course, and how many have reported nothing.
 */
function standing(s, prefix) {
  if (!s) return null;
  return h('p.small.standing', { 'data-testid': `${prefix}-standing` },
    h('strong', { 'data-testid': `${prefix}-within-target` },
      t('national.withinTarget', { percent: percent(s.percentWithinTarget) })),
    h('span.muted', {}, ` (${t('national.withinTargetHint')})`), h('br'),
    h('span', { 'data-testid': `${prefix}-on-course` },
      t('national.onCourse', { count: number(s.onCourse), total: number(s.provinces - s.withoutData) })),
    s.withoutData ? [' · ', h('span', { 'data-testid': `${prefix}-without-data` },
      t('national.withoutData', { count: number(s.withoutData) }))] : null);
}

/** The national page showing one programme: its provinces ranked, the address to share. */
function programmeRoute(programmeCode) {
  return `#/national?programme=${encodeURIComponent(programmeCode)}`;
}

let shapesOnce = null;

/** The shapes of the 34 provinces the platform serves (built with it); null when this build has none. */
function mapShapes() {
  // beside this module, under the same build's prefix: cached with the scripts, fetched again when they change
  shapesOnce ??= fetch(new URL('../../geo/provinces-2025.json', import.meta.url))
    .then(response => response.ok ? response.json() : null)
    .catch(() => null)
    .then(shapes => {
      if (!shapes) shapesOnce = null; // asked again next time: it may have been the network
      return shapes;
    });
  return shapesOnce;
}

/** The map's colours, most in need of attention first, each with how many provinces and which. */
function legendEntries(onMap) {
  const keys = ['OFF_TRACK', 'AT_RISK', 'NOT_ASSESSED', 'ON_TRACK', 'REACHED', 'NO_DATA'];
  return keys.map(key => {
    const shapes = onMap.shapes.filter(shape => rankColourKey(shape.row) === key);
    return { key, shapes, count: shapes.length, label: key === 'NO_DATA' ? t('national.noData')
      : key === 'NOT_ASSESSED' ? t('national.mapNotAssessed') : label('forecast.status', key) };
  }).filter(entry => entry.count || entry.key !== 'NOT_ASSESSED');
}

/**
 * The map of the 34 provinces with its legend: each colour in words, how many provinces and — but for those without
 * data — which, each a way into its province as on the map; the same as the ranking says, for those who do not see it.
 */
function mapFigure(mapElement, onMap, user) {
  if (!mapElement) return h('p.small.muted', { 'data-testid': 'province-map-missing' }, t('national.mapMissing'));
  const place = shape => {
    const name = shape.row.province.name;
    return canDrillDown(user)
      ? h('a', { href: `#/province?tenant=${encodeURIComponent(shape.row.province.tenantId)}`,
        'aria-label': t('national.drill', { name }) }, name)
      : name;
  };
  return h('figure.map-figure', { 'data-testid': 'province-map-figure', 'aria-labelledby': 'province-map-caption' },
    h('div.map-layout', {},
      // the map with its "Tải ảnh PNG" beneath it (put after the map's element), the legend beside them
      h('div.map-panel', {}, mapElement),
      h('div.map-key', {},
        h('h3', {}, t('national.map')),
        h('ul.map-legend', { 'data-testid': 'map-legend' }, legendEntries(onMap).map(entry =>
          h('li', { 'data-testid': `map-legend-${entry.key}` },
            h('span.swatch', { style: `background:${RANK_COLOURS[entry.key]}`, 'aria-hidden': 'true' }),
            h('strong', {}, entry.label), ': ',
            h('span', { 'data-testid': `map-count-${entry.key}` }, t('national.mapCount', { count: number(entry.count) })),
            entry.key === 'NO_DATA' || !entry.count ? null
              : [' — ', entry.shapes.flatMap((shape, i) => [i ? ', ' : null, place(shape)])]))))),
    h('figcaption.small.muted#province-map-caption', {}, t('national.mapCaption'), h('br'), t('national.mapSource')));
}

function loadRanking(choice) {
  return get('reporting', '/api/v1/national/provinces', {
    phase: choice.phase, programmeCode: choice.programmeCode, order: choice.order, page: choice.page, size: 50 });
}

/**
 * What the page shows: a phase, a programme, or everything the reader sees (an analyst of one ministry: its
 * programmes, named above the choices). A choice opens the page anew with it in the address, so it can be shared.
 */
function viewSelector(selection, view) {
  if (!selection) return null;
  const go = () => {
    const params = new URLSearchParams();
    if (phaseSelect.value) params.set('phase', phaseSelect.value);
    if (programmeSelect.value) params.set('programme', programmeSelect.value);
    const wanted = `#/national${params.toString() ? `?${params}` : ''}`;
    if (location.hash !== wanted) location.hash = wanted;
  };
  const phaseSelect = h('select#view-phase', { 'data-testid': 'view-phase', onchange: go },
    options(selection.phases.map(p => [p.code, p.name]), view.phase, t('national.allPhases')));
  const programmeSelect = h('select#view-programme', { 'data-testid': 'view-programme', onchange: go },
    options(selection.programmes.map(p => [p.code, shortProgrammeName(p.name)]), view.programmeCode,
      t('national.allProgrammes')));
  return h('div.actions.view-selector', { 'data-testid': 'view-selector', role: 'group', 'aria-label': t('national.view') },
    selection.ministryName ? h('span.badge.neutral', { 'data-testid': 'view-ministry' },
      t('national.ministry', { name: selection.ministryName })) : null,
    h('label', { for: 'view-phase' }, t('national.phase')), phaseSelect,
    h('label', { for: 'view-programme' }, t('national.programme')), programmeSelect);
}

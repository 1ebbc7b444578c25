// Charts with Apache ECharts, served by the platform from its WebJar (nothing from a CDN). Each chart has the same
// figures in a table next to it, and ECharts' aria description, for those who do not see it.

import * as echarts from '../../webjars/echarts/dist/echarts.esm.min.js';
import { t, label, lang, number, decimal, money, month, percent } from './i18n.js';
import { h } from './dom.js';
import { ARCHIPELAGOS, viewBounds, aspectScale, fitView } from './map-view.js';

const STATUS_COLOURS = { REACHED: '#1f6f3c', ON_TRACK: '#2e8b4a', AT_RISK: '#c98a00', OFF_TRACK: '#c0392b' };
const NO_DATA_COLOUR = '#9aa5b1';
const NOT_ASSESSED_COLOUR = '#0b5394';
const PALETTE = ['#0b5394', '#6aa84f', '#e69138', '#8e7cc3', '#c0392b', '#45818e'];

/**
 * Draws `option` in `element`; returns a handle to update and dispose it. `description` is what a screen reader says
 * of the chart, in the page's language (ECharts' own description is English only), and where its figures are.
 * `relayout(width, height)`, when given, returns what of the option follows the element's size, set at each resize.
 */
function draw(element, option, description, onItemClick, relayout) {
  const chart = echarts.init(element, null, { renderer: 'svg' });
  if (onItemClick) {
    // a series' own bar, point or shape: not a target line marked on it
    chart.on('click', params => {
      if (params.componentType === 'series') onItemClick(params.dataIndex);
    });
    element.style.cursor = 'pointer';
  }
  chart.setOption({ aria: { enabled: true, label: { description } }, color: PALETTE, animationDuration: 400, textStyle: {
    fontFamily: getComputedStyle(document.documentElement).fontFamily }, ...option });
  const observer = new ResizeObserver(() => {
    chart.resize();
    if (relayout) chart.setOption(relayout(chart.getWidth(), chart.getHeight()));
  });
  observer.observe(element);
  const save = pngButton(chart, element);
  return {
    element,
    update(next) {
      chart.setOption(next);
    },
    dispose() {
      observer.disconnect();
      save.remove();
      chart.dispose();
    },
  };
}

/** "Tải ảnh PNG" below a chart: the chart as a picture, for a report or a slide. */
function pngButton(chart, element) {
  const name = element.dataset.testid || 'bieu-do';
  const button = h('button.link.small.chart-png', { type: 'button', 'data-testid': `${name}-png`,
    onclick: () => savePng(chart, name).catch(error => console.error(error)) }, t('chart.png'));
  element.after(button);
  return button;
}

async function savePng(chart, name) {
  // the chart as drawn (the SVG renderer's own element), written out by the browser, which escapes what it must,
  // then painted onto a canvas at twice its size, sharp when printed
  const svg = chart.getDom().querySelector('svg');
  const source = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
  const image = new Image();
  try {
    await new Promise((resolve, reject) => {
      image.onload = resolve;
      image.onerror = () => reject(new Error('the chart could not be drawn as a picture'));
      image.src = source;
    });
  } finally {
    setTimeout(() => URL.revokeObjectURL(source), 1000);
  }
  const canvas = document.createElement('canvas');
  canvas.width = chart.getWidth() * 2;
  canvas.height = chart.getHeight() * 2;
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise(resolve => canvas.toBlob(resolve, 'image/png'));
  const link = h('a', { href: URL.createObjectURL(blob), download: `${name}.png` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

/** Axis labels: 1.2 tỷ / 1.2 bn, 250 tr / 250 m. */
const compact = value => {
  const n = Number(value);
  const english = lang() === 'en';
  if (Math.abs(n) >= 1e9) return `${decimal(n / 1e9)} ${english ? 'bn' : 'tỷ'}`;
  if (Math.abs(n) >= 1e6) return `${number(n / 1e6)} ${english ? 'm' : 'tr'}`;
  return number(n);
};

/**
 * Person-turns per month (bars) and cumulative against the target (line and dashed mark). Months after the plan's
 * period in which nothing happened are left out: they would squeeze the months that matter. `onMonth('yyyy-MM')`,
 * when given, is called with the month whose bar or point was clicked; after each drawing the element's
 * `data-points` says where each month's bar can be clicked ({'yyyy-MM': [x, y]}), for the browser tests.
 */
export function monthlyChart(element, monthly, target, periodEnd, onMonth) {
  const lastPeriodMonth = periodEnd ? periodEnd.slice(0, 7) : null;
  let last = monthly.length - 1;
  while (last > 0 && lastPeriodMonth && monthly[last].month > lastPeriodMonth && quiet(monthly[last])) last--;
  const shown = monthly.slice(0, last + 1);
  const handle = draw(element, {
    grid: { left: 56, right: 64, top: 48, bottom: 56 },
    tooltip: { trigger: 'axis', valueFormatter: value => number(value) },
    legend: { top: 0 },
    xAxis: { type: 'category', data: shown.map(entry => month(entry.month)), axisLabel: { hideOverlap: true } },
    yAxis: [
      { type: 'value', name: t('col.personTurns'), axisLabel: { formatter: compact } },
      { type: 'value', name: t('common.total'), axisLabel: { formatter: compact },
        max: value => Math.max(value.max, target || 0), splitLine: { show: false } },
    ],
    series: [
      { name: t('col.personTurns'), type: 'bar', data: shown.map(entry => entry.personTurns), barMaxWidth: 28 },
      {
        name: `${t('common.total')} — ${t('col.personTurns')}`, type: 'line', yAxisIndex: 1,
        data: shown.map(entry => entry.cumulativePersonTurns), symbolSize: 5, color: '#e69138',
        markLine: target ? { symbol: 'none', label: { position: 'insideEndTop',
          formatter: `${t('common.target')}: ${number(target)}` },
        lineStyle: { type: 'dashed', color: '#a4231b' }, data: [{ yAxis: target }] } : undefined,
      },
    ],
  }, t('chart.monthly.aria', { target: number(target) }), onMonth ? index => onMonth(shown[index].month) : undefined);
  const chart = echarts.getInstanceByDom(element);
  chart.on('finished', () => {
    const where = {};
    shown.forEach((entry, index) => {
      // the middle of the bar (a month without person-turns has none to click)
      const point = entry.personTurns > 0 && chart.convertToPixel({ seriesIndex: 0 }, [index, entry.personTurns / 2]);
      if (point) where[entry.month] = point.map(Math.round);
    });
    element.dataset.points = JSON.stringify(where);
  });
  return handle;
}

/** Nothing this chart shows happened in the month (commitments, dated when recorded, are not shown). */
function quiet(entry) {
  return !entry.activitiesHeld && !entry.personTurns && !entry.spentVnd && !entry.allocatedVnd && !entry.settledVnd;
}

/** Money by funding source: estimate, allocated, spent, settled. */
export function budgetChart(element, bySource) {
  const sources = bySource.map(source => label('source', source.source));
  const series = [
    ['col.envelope', source => source.envelopeVnd ?? 0],
    ['col.allocated', source => source.allocatedVnd],
    ['col.committed', source => source.committedVnd],
    ['col.spent', source => source.spentVnd],
    ['col.settled', source => source.settledVnd],
  ].map(([key, value]) => ({ name: t(key), type: 'bar', data: bySource.map(value), barMaxWidth: 36 }));
  return draw(element, {
    grid: { left: 72, right: 16, top: 48, bottom: 40 },
    tooltip: { trigger: 'axis', valueFormatter: value => money(value) },
    legend: { top: 0 },
    xAxis: { type: 'category', data: sources },
    yAxis: { type: 'value', axisLabel: { formatter: compact } },
    series,
  }, t('chart.budget.aria'));
}

/**
 * Provinces by share of their person-turn target achieved, in the table's order, coloured by forecast status;
 * `onProvince(row)`, when given, is called with the province whose bar was clicked.
 */
export function rankingChart(element, rows, onProvince) {
  const ordered = [...rows].reverse(); // ECharts draws the first category at the bottom
  return draw(element, {
    grid: { left: 110, right: 56, top: 16, bottom: 32 },
    tooltip: { trigger: 'item', formatter: item => `${item.name}: ${percent(item.value)} — `
        + (ordered[item.dataIndex].hasData === false ? t('national.noData')
          : label('forecast.status', ordered[item.dataIndex].status ?? 'null')) },
    xAxis: { type: 'value', max: value => Math.max(100, Math.ceil(value.max)), axisLabel: { formatter: '{value} %' } },
    yAxis: { type: 'category', data: ordered.map(row => row.province.name) },
    series: [{
      type: 'bar', barMaxWidth: 26,
      data: ordered.map(row => ({ value: Number(row.personTurnsPercent ?? 0),
        itemStyle: { color: rankColour(row) } })),
      label: { show: true, position: 'right', formatter: item => percent(item.value) },
    }],
  }, t('chart.ranking.aria', { provinces: number(rows.length) }),
  onProvince ? index => onProvince(ordered[index]) : undefined);
}

/** A province's colour in the ranking's chart and on the map: its forecast status, grey when it has no data. */
export function rankColour(row) {
  return RANK_COLOURS[rankColourKey(row)];
}

/** What a province's colour says, for the map's legend: its status, NOT_ASSESSED, or NO_DATA. */
export function rankColourKey(row) {
  if (!row || row.hasData === false) return 'NO_DATA';
  return STATUS_COLOURS[row.status] ? row.status : 'NOT_ASSESSED';
}

export const RANK_COLOURS = { ...STATUS_COLOURS, NOT_ASSESSED: NOT_ASSESSED_COLOUR, NO_DATA: NO_DATA_COLOUR };

/**
 * The 34 provinces of today on a map (`geoJson`, the shapes the platform serves), each coloured as its province is in
 * the ranking (`shapes` from rowsByShape); `onProvince(row)`, when given, is called with the province whose shape was
 * clicked. After each drawing the element's `data-points` says where on it each ranked province can be clicked
 * ({tenantId: [x, y]}), for the browser tests.
 */
export function provinceMap(element, geoJson, shapes, onProvince, description) {
  if (!echarts.getMap('vn-2025')) echarts.registerMap('vn-2025', geoJson);
  const centres = new Map(geoJson.features.map(f => [f.properties.name, f.properties.cp]));
  // the archipelagos take the colour of the province they belong to
  const colourOf = name => rankColour(shapes.find(shape => shape.province.name === name)?.row);
  const data = shapes.map(shape => {
    const colour = rankColour(shape.row);
    return { name: shape.province.name, value: shape.row ? Number(shape.row.personTurnsPercent ?? 0) : null,
      itemStyle: { areaColor: colour }, emphasis: { itemStyle: { areaColor: colour } } };
  });
  // the view takes in the whole country: the shapes, and the East Sea as far as the Hoàng Sa and Trường Sa
  // archipelagos, Viet Nam's territory, which the shapes leave out, with room for their names; it is fitted inside the
  // element, whatever its size, rather than as tall as the element and cropped at its sides when the element is narrow
  const bounds = viewBounds(geoJson);
  const layout = (width, height) => {
    const { layoutCenter, layoutSize } = fitView(bounds, width, height);
    return { series: [{ layoutCenter, layoutSize }] };
  };
  const handle = draw(element, {
    tooltip: { trigger: 'item', confine: true, formatter: item => mapTooltip(shapes[item.dataIndex]) },
    series: [{
      type: 'map', map: 'vn-2025', roam: false, selectedMode: false,
      boundingCoords: bounds, aspectScale: aspectScale(bounds),
      ...layout(element.clientWidth, element.clientHeight).series[0],
      label: { show: false },
      itemStyle: { borderColor: '#ffffff', borderWidth: 0.8 },
      emphasis: { label: { show: false }, itemStyle: { borderColor: '#1b2733', borderWidth: 1.6 } },
      markPoint: {
        symbol: 'circle', symbolSize: 8, silent: true,
        // on two lines, the archipelago and its province, narrow enough for a phone's map
        label: { show: true, position: 'bottom', fontSize: 10, lineHeight: 12, color: '#1b2733',
          formatter: item => item.name.replace(' (', '\n(') },
        data: ARCHIPELAGOS.map(archipelago => ({ name: t(archipelago.key), coord: archipelago.coord,
          itemStyle: { color: colourOf(archipelago.province) },
          ...(archipelago.labelAbove ? { label: { position: 'top' } } : {}) })),
      },
      data,
    }],
  }, description, onProvince ? index => shapes[index]?.row && onProvince(shapes[index].row) : undefined, layout);
  const chart = echarts.getInstanceByDom(element);
  chart.on('finished', () => {
    const where = {};
    for (const shape of shapes) {
      const point = shape.row && chart.convertToPixel({ seriesIndex: 0 }, centres.get(shape.province.name));
      if (point) where[shape.row.province.tenantId] = point.map(Math.round);
    }
    element.dataset.points = JSON.stringify(where);
  });
  return handle;
}

/** "Bắc Ninh (Bắc Giang): 40 % — Chậm tiến độ": the province of today, and those ranked in its shape if others. */
function mapTooltip(shape) {
  const ranked = shape.row ? [shape.row, ...shape.others].map(row => row.province.name) : [];
  const name = ranked.length && !(ranked.length === 1
    && ranked[0].replace(/^(Tỉnh|Thành phố|TP) /, '') === shape.province.name)
    ? `${shape.province.name} (${ranked.join(', ')})` : shape.province.name;
  const safe = echarts.format.encodeHTML(name); // the tooltip is HTML; names come from the tenants' registry
  const row = shape.row;
  if (!row || row.hasData === false) return `${safe}: ${t('national.noData')}`;
  return `${safe}: ${percent(row.personTurnsPercent)} — ${label('forecast.status', row.status ?? 'null')}`;
}

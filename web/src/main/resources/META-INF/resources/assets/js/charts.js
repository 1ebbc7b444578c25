// Charts with Apache ECharts, served by the platform from its WebJar (nothing from a CDN). Each chart has the same
// figures in a table next to it, and ECharts' aria description, for those who do not see it.

import * as echarts from '../../webjars/echarts/dist/echarts.esm.min.js';
import { t, label, lang, number, decimal, money, month, percent } from './i18n.js';

const STATUS_COLOURS = { REACHED: '#1f6f3c', ON_TRACK: '#2e8b4a', AT_RISK: '#c98a00', OFF_TRACK: '#c0392b' };
const NO_DATA_COLOUR = '#9aa5b1';
const PALETTE = ['#0b5394', '#6aa84f', '#e69138', '#8e7cc3', '#c0392b', '#45818e'];

/**
 * Draws `option` in `element`; returns a handle to update and dispose it. `description` is what a screen reader says
 * of the chart, in the page's language (ECharts' own description is English only), and where its figures are.
 */
function draw(element, option, description, onItemClick) {
  const chart = echarts.init(element, null, { renderer: 'svg' });
  if (onItemClick) {
    chart.on('click', params => onItemClick(params.dataIndex));
    element.style.cursor = 'pointer';
  }
  chart.setOption({ aria: { enabled: true, label: { description } }, color: PALETTE, animationDuration: 400, textStyle: {
    fontFamily: getComputedStyle(document.documentElement).fontFamily }, ...option });
  const observer = new ResizeObserver(() => chart.resize());
  observer.observe(element);
  return {
    element,
    update(next) {
      chart.setOption(next);
    },
    dispose() {
      observer.disconnect();
      chart.dispose();
    },
  };
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
 * period in which nothing happened are left out: they would squeeze the months that matter.
 */
export function monthlyChart(element, monthly, target, periodEnd) {
  const lastPeriodMonth = periodEnd ? periodEnd.slice(0, 7) : null;
  let last = monthly.length - 1;
  while (last > 0 && lastPeriodMonth && monthly[last].month > lastPeriodMonth && quiet(monthly[last])) last--;
  const shown = monthly.slice(0, last + 1);
  return draw(element, {
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
  }, t('chart.monthly.aria', { target: number(target) }));
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
        itemStyle: { color: row.hasData === false ? NO_DATA_COLOUR : STATUS_COLOURS[row.status] || '#0b5394' } })),
      label: { show: true, position: 'right', formatter: item => percent(item.value) },
    }],
  }, t('chart.ranking.aria', { provinces: number(rows.length) }),
  onProvince ? index => onProvince(ordered[index]) : undefined);
}

// The months of a reporting period and the change on the same months a year before.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const js = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../main/resources/META-INF/resources/assets/js');
const { monthsOf, latestYear, changeOnLastYear, daysOf } = await import(path.join(js, 'months.js'));

test('a year, a quarter and a month are the months they name', () => {
  assert.deepEqual(monthsOf({ year: 2025 }), { from: '2025-01', to: '2025-12' });
  assert.deepEqual(monthsOf({ year: 2025, quarter: 1 }), { from: '2025-01', to: '2025-03' });
  assert.deepEqual(monthsOf({ year: 2025, quarter: 4 }), { from: '2025-10', to: '2025-12' });
  // a month chosen within a quarter is that month
  assert.deepEqual(monthsOf({ year: 2024, quarter: 2, month: 9 }), { from: '2024-09', to: '2024-09' });
});

test('a dashboard opens on the latest year with figures', () => {
  const monthly = [
    { month: '2024-11', personTurns: 30 },
    { month: '2025-02', personTurns: 0, activitiesHeld: 1 },
    { month: '2026-01', personTurns: 0, activitiesHeld: 0, spentVnd: 0 },
  ];
  assert.equal(latestYear(monthly, 2026), 2025);
  assert.equal(latestYear([], 2026), 2026);
  assert.equal(latestYear(undefined, 2026), 2026);
});

test('the change on last year is a share of last year, with nothing to compare when last year had nothing', () => {
  assert.equal(changeOnLastYear(100, 120), -16.7);
  assert.equal(changeOnLastYear(150, 120), 25);
  assert.equal(changeOnLastYear(120, 120), 0);
  assert.equal(changeOnLastYear(10, 0), null);
  assert.equal(changeOnLastYear(10, undefined), null);
});

test('a month is its days, to the last one, leap years included', () => {
  assert.deepEqual(daysOf('2024-03'), { from: '2024-03-01', to: '2024-03-31' });
  assert.deepEqual(daysOf('2024-02'), { from: '2024-02-01', to: '2024-02-29' });
  assert.deepEqual(daysOf('2023-02'), { from: '2023-02-01', to: '2023-02-28' });
  assert.deepEqual(daysOf('2025-12'), { from: '2025-12-01', to: '2025-12-31' });
});

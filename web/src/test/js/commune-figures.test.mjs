// A province's communes on its dashboard: every commune of the catalogue listed, with or without data, those with
// results the catalogue lacks kept, and the colour classes honest about zero and about no data.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const js = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../main/resources/META-INF/resources/assets/js');
const { communeRows, measureClasses, classOf } = await import(path.join(js, 'commune-figures.js'));

const catalogue = [
  { code: 'X-BAC-NINH-SON-DONG', name: 'Xã Sơn Động' },
  { code: 'X-BAC-NINH-DAI-SON', name: 'Xã Đại Sơn' },
  { code: 'X-BAC-NINH-AN-LAC', name: 'Xã An Lạc' },
];
const result = (unitCode, name, personTurns, activitiesHeld, extra = {}) => ({
  unitCode, name, level: 'COMMUNE', known: true, personTurns, activitiesHeld, uniquePersons: personTurns, ...extra });

test('every commune of the catalogue is listed, those without results last and without figures', () => {
  const rows = communeRows(catalogue, [result('X-BAC-NINH-DAI-SON', 'Xã Đại Sơn', 40, 2),
    result('X-BAC-NINH-SON-DONG', 'Xã Sơn Động', 75, 3)], 'personTurns');
  assert.deepEqual(rows.map(row => [row.name, row.figures?.personTurns ?? null]),
    [['Xã Sơn Động', 75], ['Xã Đại Sơn', 40], ['Xã An Lạc', null]]);
});

test('the order follows the chosen measure', () => {
  const rows = communeRows(catalogue, [result('X-BAC-NINH-DAI-SON', 'Xã Đại Sơn', 40, 5),
    result('X-BAC-NINH-SON-DONG', 'Xã Sơn Động', 75, 3)], 'activitiesHeld');
  assert.deepEqual(rows.map(row => row.code), ['X-BAC-NINH-DAI-SON', 'X-BAC-NINH-SON-DONG', 'X-BAC-NINH-AN-LAC']);
});

test('results under a unit the catalogue does not list are kept, not dropped; districts are not communes', () => {
  const rows = communeRows(catalogue, [result('X-OTHER', 'Xã Khác', 10, 1),
    { ...result('X-UNDEFINED', null, 4, 1), level: null, known: false },
    { ...result('H-SON-DONG', 'Huyện Sơn Động', 99, 9), level: 'DISTRICT' }], 'personTurns');
  assert.deepEqual(rows.map(row => [row.code, row.known, row.figures ? row.figures.personTurns : null]), [
    ['X-OTHER', true, 10], ['X-UNDEFINED', false, 4],
    ['X-BAC-NINH-AN-LAC', true, null], ['X-BAC-NINH-DAI-SON', true, null], ['X-BAC-NINH-SON-DONG', true, null]]);
});

test('the classes: zero apart, up to four equal steps to the highest, no data apart from zero', () => {
  const classes = measureClasses([0, 10, 40, 75]);
  assert.deepEqual(classes, [{ key: 'ZERO', from: 0, to: 0 }, { key: 'STEP_1', from: 1, to: 19 },
    { key: 'STEP_2', from: 20, to: 38 }, { key: 'STEP_3', from: 39, to: 56 }, { key: 'STEP_4', from: 57, to: 75 }]);
  assert.equal(classOf(classes, 0), 'ZERO');
  assert.equal(classOf(classes, 75), 'STEP_4');
  assert.equal(classOf(classes, 19), 'STEP_1');
  assert.equal(classOf(classes, null), 'NO_DATA');
  assert.equal(classOf(classes, undefined), 'NO_DATA');
});

test('small or empty figures give no empty or overlapping classes', () => {
  assert.deepEqual(measureClasses([]), [{ key: 'ZERO', from: 0, to: 0 }]);
  assert.deepEqual(measureClasses([0, 0]), [{ key: 'ZERO', from: 0, to: 0 }]);
  assert.deepEqual(measureClasses([2]), [{ key: 'ZERO', from: 0, to: 0 }, { key: 'STEP_1', from: 1, to: 1 },
    { key: 'STEP_2', from: 2, to: 2 }]);
  for (const highest of [1, 3, 5, 7, 101]) {
    const classes = measureClasses([highest]).slice(1);
    classes.forEach((c, i) => {
      assert.ok(c.from <= c.to, `${highest}: ${JSON.stringify(c)}`);
      if (i) assert.equal(c.from, classes[i - 1].to + 1);
    });
    assert.equal(classes[classes.length - 1].to, highest);
  }
});

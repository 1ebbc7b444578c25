// The kinds of target lines the import review and the draft page name, and the persons a quota derives.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const js = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../main/resources/META-INF/resources/assets/js');
const { targetKind, quotaPersons, withDerivedPersons, trackedPersonTurns, TARGET_KINDS } =
  await import(path.join(js, 'target-kinds.js'));
const { default: vi } = await import(path.join(js, 'messages/vi.js'));
const { default: en } = await import(path.join(js, 'messages/en.js'));

const count = { plannedActivities: 10, plannedPersonTurns: 500 };

test('each line is named by how the plan states it, as plan-service reads it', () => {
  assert.equal(targetKind(count), 'COUNT');
  assert.equal(targetKind({ ...count, coverage: { percent: 80, rosterDescription: 'cán bộ cấp xã' } }), 'COVERAGE');
  assert.equal(targetKind({ plannedPersonTurns: 496, quota: { perUnit: 4, unitKind: 'xã', unitsInScope: 124 } }),
    'QUOTA_PER_UNIT');
  assert.equal(targetKind({ ...count, yearlyTargets: [{ year: 2024, plannedActivities: 5 }] }), 'PER_YEAR');
  assert.equal(targetKind({ ...count, yearlyTargets: [], cumulativeByYear: 2024 }), 'CUMULATIVE');
});

test('every kind has its words in both languages', () => {
  for (const kind of TARGET_KINDS) {
    assert.ok(vi[`targetKind.${kind}`], `vi ${kind}`);
    assert.ok(en[`targetKind.${kind}`], `en ${kind}`);
  }
  assert.equal(vi['import.otherTargets'], 'Chỉ tiêu khác (không theo dõi)');
  assert.equal(vi['import.derived'], 'suy ra');
});

test('a quota derives its persons only when both numbers are whole and positive', () => {
  assert.equal(quotaPersons({ perUnit: 4, unitKind: 'xã', unitsInScope: 124 }), 496);
  assert.equal(quotaPersons({ perUnit: 4, unitsInScope: null }), null);
  assert.equal(quotaPersons({ perUnit: 0, unitsInScope: 124 }), null);
  assert.equal(quotaPersons(null), null);
});

test('a corrected quota goes out with the persons it derives, other lines untouched', () => {
  const content = { title: 'KH', targetLines: [
    { plannedPersonTurns: 496, quota: { perUnit: 5, unitKind: 'xã', unitsInScope: 124 } },
    { plannedPersonTurns: 300 },
    { plannedPersonTurns: 7, quota: { perUnit: null, unitsInScope: 124 } },
  ] };
  const out = withDerivedPersons(content);
  assert.deepEqual(out.targetLines.map(l => l.plannedPersonTurns), [620, 300, 7]);
  assert.equal(content.targetLines[0].plannedPersonTurns, 496, 'the content given is not changed');
});

test('coverage shares are never summed as person counts', () => {
  assert.equal(trackedPersonTurns([
    { plannedPersonTurns: 500 },
    { plannedPersonTurns: 0, coverage: { percent: 100, rosterSize: 420 } },
    { plannedPersonTurns: 496, quota: { perUnit: 4, unitsInScope: 124 } },
  ]), 996);
});

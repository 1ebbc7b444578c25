// The dashboards' messages and formats, tested on their own with Node's test runner (run by WebClientUnitTest in
// ./mvnw verify, or directly: node --test web/src/test/js).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const js = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../main/resources/META-INF/resources/assets/js');
const { default: vi } = await import(path.join(js, 'messages/vi.js'));
const { default: en } = await import(path.join(js, 'messages/en.js'));
const { chooseLang } = await import(path.join(js, 'lang.js'));
const format = await import(path.join(js, 'format.js'));

const NBSP = '\u00a0';

function sourcesOfThePages(dir = js) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'messages' ? [] : sourcesOfThePages(file);
    return file.endsWith('.js') ? [file] : [];
  });
}

test('Vietnamese and English have the same keys', () => {
  const missingInEnglish = Object.keys(vi).filter(key => !(key in en));
  const missingInVietnamese = Object.keys(en).filter(key => !(key in vi));
  assert.deepEqual(missingInEnglish, [], 'keys without an English message');
  assert.deepEqual(missingInVietnamese, [], 'keys without a Vietnamese message');
});

test('no message is empty in either language', () => {
  for (const [language, messages] of Object.entries({ vi, en })) {
    const empty = Object.entries(messages).filter(([, text]) => typeof text !== 'string' || text.trim() === '');
    assert.deepEqual(empty.map(([key]) => key), [], `empty messages in ${language}`);
  }
});

test('every key the pages ask for by name exists', () => {
  const missing = [];
  let asked = 0;
  for (const file of sourcesOfThePages()) {
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(/\b(?:t|inBoth)\(\s*'([^'$]+)'/g)) {
      asked++;
      if (!(match[1] in vi)) missing.push(`${path.relative(js, file)}: ${match[1]}`);
    }
  }
  assert.ok(asked > 300, `only ${asked} keys found: has the way the pages ask for messages changed?`);
  assert.deepEqual(missing, []);
});

test('placeholders are the same in both languages', () => {
  const names = text => [...text.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort();
  const differing = Object.keys(vi).filter(key => key in en && names(vi[key]).join() !== names(en[key]).join());
  assert.deepEqual(differing, []);
});

test('numbers, money and percentages the Vietnamese way', () => {
  chooseLang('vi');
  assert.equal(format.number(7500), '7.500');
  assert.equal(format.number(0), '0');
  assert.equal(format.money(6889000000), `6.889.000.000${NBSP}₫`);
  assert.equal(format.percent(80.6), `80,6${NBSP}%`);
  assert.equal(format.percent(100), `100,0${NBSP}%`);
  assert.equal(format.wholePercent(35), `35${NBSP}%`);
  assert.equal(format.decimal(12.34), '12,3');
  assert.equal(format.number(null), vi['common.none']);
  assert.equal(format.money(undefined), vi['common.none']);
  assert.equal(format.percent('not a number'), vi['common.none']);
});

test('numbers, money and percentages the British way in English', () => {
  chooseLang('en');
  try {
    assert.equal(format.number(7500), '7,500');
    assert.equal(format.money(6889000000), `6,889,000,000${NBSP}₫`);
    assert.equal(format.percent(80.6), '80.6%');
    assert.equal(format.wholePercent(35), '35%');
    assert.equal(format.number(null), en['common.none']);
  } finally {
    chooseLang('vi');
  }
});

test('dates and months as dd/MM/yyyy and MM/yyyy in both languages', () => {
  assert.equal(format.date('2023-03-15'), '15/03/2023');
  assert.equal(format.date('2023-03-15T08:30:00Z'), '15/03/2023');
  assert.equal(format.month('2025-07'), '07/2025');
  assert.equal(format.date(null), vi['common.none']);
  assert.match(format.dateTime('2026-12-06T03:04:05Z'), /^\d{2}:\d{2}:\d{2} \d{2}\/12\/2026$/);
});

test('dates typed the Vietnamese way or as ISO are read; impossible ones are not', () => {
  assert.equal(format.parseDate('15/03/2023'), '2023-03-15');
  assert.equal(format.parseDate('15-3-2023'), '2023-03-15');
  assert.equal(format.parseDate('5.3.2023'), '2023-03-05');
  assert.equal(format.parseDate('2023-03-15'), '2023-03-15');
  assert.equal(format.parseDate('  '), '');
  assert.equal(format.parseDate('31/02/2023'), null);
  assert.equal(format.parseDate('29/02/2024'), '2024-02-29');
  assert.equal(format.parseDate('29/02/2023'), null);
  assert.equal(format.parseDate('03/15/2023'), null);
  assert.equal(format.parseDate('ngày 15'), null);
});

test('amounts of đồng typed the ways people write them are read; others are not', () => {
  assert.equal(format.parseMoney('6.889.000.000'), 6889000000);
  assert.equal(format.parseMoney('6 889 000 000'), 6889000000);
  assert.equal(format.parseMoney('6,889,000,000'), 6889000000);
  assert.equal(format.parseMoney('6889000000 đ'), 6889000000);
  assert.equal(format.parseMoney('250.000 đồng'), 250000);
  assert.equal(format.parseMoney(`1${NBSP}500${NBSP}000 ₫`), 1500000);
  assert.equal(format.parseMoney('1.5'), null);
  assert.equal(format.parseMoney('12.34.567'), null);
  assert.equal(format.parseMoney('-500'), null);
  assert.equal(format.parseMoney('một triệu'), null);
  assert.equal(format.parseMoney('99999999999999999999'), null);
});

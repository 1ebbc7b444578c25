// The choices of a list (search, filters, order) between the page's address, its controls and the API's query.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const js = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../main/resources/META-INF/resources/assets/js');
const { ACTIVITY_FILTERS, choicesFrom, chosen, hashWith, nextSort } = await import(path.join(js, 'list-query.js'));

test('the choices are read from the address, the absent ones empty and the unknown ones ignored', () => {
  const choices = choicesFrom({ tenant: 'bac-giang', q: ' lop ', status: 'HELD', page: '3' }, ACTIVITY_FILTERS);
  assert.deepEqual(choices, { q: 'lop', status: 'HELD', lineId: '', kind: '', unitCode: '', from: '', to: '',
    sort: '', direction: '' });
  assert.deepEqual(choicesFrom(undefined, ['q']), { q: '' });
});

test('only the choices made reach the API', () => {
  assert.deepEqual(chosen({ q: 'lớp', status: '', kind: null, from: '2025-01-01', sort: 'TITLE' }),
    { q: 'lớp', from: '2025-01-01', sort: 'TITLE' });
});

test('the address keeps its path and other parameters, with the choices replaced', () => {
  assert.equal(hashWith('#/plans/kh-1?tenant=bac-giang&q=old&status=HELD', ACTIVITY_FILTERS,
    { q: 'lớp tập', status: '', sort: 'PERSON_TURNS', direction: 'DESC' }),
  '#/plans/kh-1?tenant=bac-giang&q=l%E1%BB%9Bp+t%E1%BA%ADp&sort=PERSON_TURNS&direction=DESC');
  assert.equal(hashWith('#/plans/kh-1?q=lop', ACTIVITY_FILTERS, { q: '' }), '#/plans/kh-1');
  // what was written is read back the same
  const hash = hashWith('#/plans/kh-1', ACTIVITY_FILTERS, { q: 'Đồng & bào', unitCode: '24-an-chau' });
  const query = Object.fromEntries(new URLSearchParams(hash.split('?')[1]));
  assert.deepEqual(chosen(choicesFrom(query, ACTIVITY_FILTERS)), { q: 'Đồng & bào', unitCode: '24-an-chau' });
});

test('a click on the sorted column turns the direction, on another starts with its first direction', () => {
  assert.deepEqual(nextSort({ sort: '', direction: '' }, 'TITLE'), { sort: 'TITLE', direction: 'ASC' });
  assert.deepEqual(nextSort({ sort: 'TITLE', direction: 'ASC' }, 'TITLE'), { sort: 'TITLE', direction: 'DESC' });
  assert.deepEqual(nextSort({ sort: 'TITLE', direction: 'DESC' }, 'TITLE'), { sort: 'TITLE', direction: 'ASC' });
  assert.deepEqual(nextSort({ sort: 'TITLE', direction: 'ASC' }, 'SPENT', 'DESC'), { sort: 'SPENT', direction: 'DESC' });
});

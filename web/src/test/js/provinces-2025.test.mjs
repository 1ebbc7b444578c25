// The provinces of the platform find their shape on the national map: the 34 of 1 July 2025 by code or name, and
// the provinces of before (the demo's, a history) the shape of the province they were merged into.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const js = path.resolve(here, '../../main/resources/META-INF/resources/assets/js');
const { PROVINCES_2025, normaliseName, provinceOf, rowsByShape } = await import(path.join(js, 'provinces-2025.js'));

// the 34 as the platform onboards them (bench's Provinces: tenant id, name, code of plan-service's registry)
const TODAY = [
  ['ha-noi', 'Hà Nội', '01'], ['hue', 'Huế', '46'], ['lai-chau', 'Lai Châu', '12'], ['dien-bien', 'Điện Biên', '11'],
  ['son-la', 'Sơn La', '14'], ['lang-son', 'Lạng Sơn', '20'], ['quang-ninh', 'Quảng Ninh', '22'],
  ['thanh-hoa', 'Thanh Hóa', '38'], ['nghe-an', 'Nghệ An', '40'], ['ha-tinh', 'Hà Tĩnh', '42'],
  ['cao-bang', 'Cao Bằng', '04'], ['tuyen-quang', 'Tuyên Quang', '08'], ['lao-cai', 'Lào Cai', '15'],
  ['thai-nguyen', 'Thái Nguyên', '19'], ['phu-tho', 'Phú Thọ', '25'], ['bac-ninh', 'Bắc Ninh', '24'],
  ['hung-yen', 'Hưng Yên', '33'], ['hai-phong', 'Hải Phòng', '31'], ['ninh-binh', 'Ninh Bình', '37'],
  ['quang-tri', 'Quảng Trị', '44'], ['da-nang', 'Đà Nẵng', '48'], ['quang-ngai', 'Quảng Ngãi', '51'],
  ['gia-lai', 'Gia Lai', '52'], ['khanh-hoa', 'Khánh Hòa', '56'], ['lam-dong', 'Lâm Đồng', '68'],
  ['dak-lak', 'Đắk Lắk', '66'], ['ho-chi-minh', 'TP Hồ Chí Minh', '79'], ['dong-nai', 'Đồng Nai', '75'],
  ['tay-ninh', 'Tây Ninh', '80'], ['can-tho', 'Cần Thơ', '92'], ['vinh-long', 'Vĩnh Long', '86'],
  ['dong-thap', 'Đồng Tháp', '82'], ['ca-mau', 'Cà Mau', '96'], ['an-giang', 'An Giang', '91'],
].map(([tenantId, name, provinceCode]) => ({ tenantId, name, provinceCode }));

test('the table has the 34 provinces of today, made of the 63 of before, each once', () => {
  assert.equal(PROVINCES_2025.length, 34);
  assert.equal(new Set(PROVINCES_2025.map(p => p.code)).size, 34);
  const before = PROVINCES_2025.flatMap(p => p.before);
  assert.equal(before.length, 63);
  assert.equal(new Set(before.map(old => old.code)).size, 63);
  assert.equal(new Set(before.map(old => normaliseName(old.name))).size, 63);
  // each code of today is one of the codes merged into it (the resolution kept one of theirs)
  for (const province of PROVINCES_2025) {
    assert.ok(province.before.some(old => old.code === province.code), province.name);
  }
});

test('every one of the 34 provinces of the platform finds its own shape, by code and by name alone', () => {
  const byCode = TODAY.map(province => provinceOf(province)?.code);
  assert.deepEqual([...byCode].sort(), PROVINCES_2025.map(p => p.code).sort());
  for (const province of TODAY) {
    assert.equal(provinceOf(province).code, province.provinceCode, province.name);
    assert.equal(provinceOf({ name: province.name }).code, province.provinceCode, `${province.name} by its name`);
    assert.equal(provinceOf({ name: `Tỉnh ${province.name}`, provinceCode: null }).code, province.provinceCode);
  }
  assert.equal(provinceOf({ name: 'Thành phố Hồ Chí Minh' }).code, '79');
  assert.equal(provinceOf({ name: 'thua thien hue' }).code, '46');
  assert.equal(provinceOf({ name: 'Khanh Hoa', provinceCode: 56 }).code, '56');
});

test('a province of before lies in the province it was merged into: the demo\'s Bắc Giang, Lào Cai, Sơn La, Thanh Hóa', () => {
  // the demo onboards them with their codes of before
  assert.equal(provinceOf({ tenantId: 'bac-giang', name: 'Bắc Giang', provinceCode: '24' }).name, 'Bắc Ninh');
  assert.equal(provinceOf({ tenantId: 'lao-cai', name: 'Lào Cai', provinceCode: '10' }).name, 'Lào Cai');
  assert.equal(provinceOf({ tenantId: 'son-la', name: 'Sơn La', provinceCode: '14' }).name, 'Sơn La');
  assert.equal(provinceOf({ tenantId: 'thanh-hoa', name: 'Thanh Hóa', provinceCode: '38' }).name, 'Thanh Hóa');
  assert.equal(provinceOf({ name: 'Hà Giang', provinceCode: '02' }).name, 'Tuyên Quang');
  assert.equal(provinceOf({ name: 'Bà Rịa - Vũng Tàu' }).name, 'Hồ Chí Minh');
  assert.equal(provinceOf({ name: 'Kon Tum' }).name, 'Quảng Ngãi');
  assert.equal(provinceOf({ name: 'Atlantis', provinceCode: '99' }), null);
  assert.equal(provinceOf({ name: 'Atlantis' }), null);
});

test('a shape shows the province of today when it is onboarded, else the first of before in the ranking', () => {
  const row = (tenantId, name, provinceCode) => ({ province: { tenantId, name, provinceCode } });
  const { shapes, unplaced } = rowsByShape([row('bac-giang', 'Bắc Giang', '24'), row('bac-ninh', 'Bắc Ninh', '24'),
    row('lao-cai', 'Lào Cai', '10'), row('yen-bai', 'Yên Bái', '15'), row('x', 'Atlantis', '99')]);
  const of = code => shapes.find(shape => shape.province.code === code);
  assert.equal(shapes.length, 34);
  assert.equal(of('24').row.province.tenantId, 'bac-ninh');
  assert.deepEqual(of('24').others.map(r => r.province.tenantId), ['bac-giang']);
  assert.equal(of('15').row.province.tenantId, 'lao-cai');
  assert.deepEqual(of('15').others.map(r => r.province.tenantId), ['yen-bai']);
  assert.equal(of('01').row, null);
  assert.deepEqual(unplaced.map(r => r.province.tenantId), ['x']);
});

// the map built by the web module's build (src/build/map), when it was built
const built = path.resolve(here, '../../../target/classes/META-INF/resources/assets/geo/provinces-2025.json');
test('the map built has one shape for each of the 34 provinces, named as the table names them, under 1 MB', {
  skip: existsSync(built) ? false : 'the map is not built (npm missing)' }, () => {
  const text = readFileSync(built, 'utf8');
  assert.ok(text.length < 1_000_000, `${text.length} bytes`);
  const map = JSON.parse(text);
  assert.deepEqual(map.features.map(f => [f.properties.code, f.properties.name]),
    PROVINCES_2025.map(p => [p.code, p.name]));
  assert.match(map.license, /ODbL/);
  for (const feature of map.features) {
    assert.ok(['Polygon', 'MultiPolygon'].includes(feature.geometry.type), feature.properties.name);
  }
});

// The national map shows the whole country in any size of element: the provinces' shapes and the archipelagos with
// their names inside the view, the view inside the element, at a laptop's and at a phone's widths.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const js = path.resolve(here, '../../main/resources/META-INF/resources/assets/js');
const { ARCHIPELAGOS, viewBounds, aspectScale, fitView } = await import(path.join(js, 'map-view.js'));

// Viet Nam's extremes, roughly: Điện Biên's west, Hà Giang's north, Quảng Ninh's east and Cà Mau's south
const country = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: 'west and north' },
      geometry: { type: 'MultiPolygon', coordinates: [[[[102.14, 22.4], [105.3, 23.39], [104.0, 21.0], [102.14, 22.4]]]] } },
    { type: 'Feature', properties: { name: 'east and south' },
      geometry: { type: 'Polygon', coordinates: [[[108.0, 21.5], [109.46, 12.0], [104.8, 8.56], [108.0, 21.5]]] } },
  ],
};

test('the view takes in every shape and each archipelago with room for its name', () => {
  const [[west, north], [east, south]] = viewBounds(country);
  assert.ok(west < 102.14 && north > 23.39 && south < 8.56, 'the shapes with a margin');
  for (const { coord: [lon, lat] } of ARCHIPELAGOS) {
    assert.ok(lon + 2 < east && lon - 2 > west, 'room on both sides of the name, centred on its mark');
    assert.ok(lat + 1 < north && lat - 1 > south, 'room above and below');
  }
  // no more sea than the archipelagos ask for: east of them only their names' room
  assert.ok(east < 117.5);
});

test('a degree of longitude is as wide as at Viet Nam\'s middle latitude, not 41° north\'s', () => {
  const scale = aspectScale(viewBounds(country));
  assert.ok(scale > 0.95 && scale < 0.97, String(scale));
});

for (const [width, height] of [[576, 614], [1210, 614], [330, 352], [330, 900], [358, 200]]) {
  test(`the view fits inside ${width} × ${height} px, centred, its proportions kept`, () => {
    const bounds = viewBounds(country);
    const fit = fitView(bounds, width, height, 6);
    assert.ok(fit.width <= width - 12 + 1e-9 && fit.height <= height - 12 + 1e-9, JSON.stringify(fit));
    // as large as the element allows: one side fills it
    assert.ok(Math.abs(fit.width - (width - 12)) < 1e-6 || Math.abs(fit.height - (height - 12)) < 1e-6);
    const aspect = (bounds[1][0] - bounds[0][0]) / (bounds[0][1] - bounds[1][1]) * aspectScale(bounds);
    assert.ok(Math.abs(fit.width / fit.height - aspect) < 1e-9);
    assert.deepEqual(fit.layoutCenter, ['50%', '50%']);
    assert.equal(fit.layoutSize, aspect > 1 ? fit.width : fit.height);
  });
}

test('a map without shapes is a mistake said at once', () => {
  assert.throws(() => viewBounds({ type: 'FeatureCollection', features: [] }));
});

const built = path.resolve(here, '../../../target/classes/META-INF/resources/assets/geo/provinces-2025.json');

test('the 34 provinces\' shapes as built lie inside the view', {
  skip: existsSync(built) ? false : 'the map is not built (npm missing)' }, () => {
  const shapes = JSON.parse(readFileSync(built, 'utf8'));
  const [[west, north], [east, south]] = viewBounds(shapes);
  const all = shapes.features.flatMap(feature => feature.geometry.coordinates.flat(3));
  for (let i = 0; i < all.length; i += 2) {
    assert.ok(all[i] > west && all[i] < east && all[i + 1] > south && all[i + 1] < north, `${all[i]}, ${all[i + 1]}`);
  }
});

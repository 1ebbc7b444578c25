// Where the national map sits in its element: the whole country — its provinces' shapes and the Hoàng Sa and Trường
// Sa archipelagos with their names — fitted inside whatever size the page gives the element, never cropped. No DOM
// here: the unit tests read it in Node.

/** The archipelagos the shapes leave out, marked where they lie; `province` is the one each belongs to. */
export const ARCHIPELAGOS = [
  { key: 'map.hoangSa', coord: [112.0, 16.5], province: 'Đà Nẵng', labelAbove: false },
  // near the view's lower edge: its name above it, where there is room
  { key: 'map.truongSa', coord: [114.2, 9.9], province: 'Khánh Hòa', labelAbove: true },
];

// around the shapes, for their borders; around an archipelago's mark, half its two-line name (about 50 px) at the
// smallest map drawn, a phone's (about 22 px a degree)
const SHAPE_MARGIN = 0.2;
const LABEL_MARGIN = 2.6;

/** [[west, north], [east, south]] of the shapes of a GeoJSON FeatureCollection and of `points`, with margins. */
export function viewBounds(geoJson, points = ARCHIPELAGOS.map(a => a.coord)) {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const visit = coordinates => {
    if (typeof coordinates[0] === 'number') {
      west = Math.min(west, coordinates[0]);
      east = Math.max(east, coordinates[0]);
      south = Math.min(south, coordinates[1]);
      north = Math.max(north, coordinates[1]);
    } else {
      coordinates.forEach(visit);
    }
  };
  for (const feature of geoJson.features) visit(feature.geometry.coordinates);
  if (!isFinite(west)) throw new Error('the map has no shapes');
  west -= SHAPE_MARGIN;
  east += SHAPE_MARGIN;
  south -= SHAPE_MARGIN;
  north += SHAPE_MARGIN;
  for (const [lon, lat] of points) {
    west = Math.min(west, lon - LABEL_MARGIN);
    east = Math.max(east, lon + LABEL_MARGIN);
    // the names take two short lines (about 1°) above or below their marks
    south = Math.min(south, lat - 1.2);
    north = Math.max(north, lat + 1.2);
  }
  return [[west, north], [east, south]];
}

/**
 * How wide a degree of longitude is beside one of latitude in the middle of `bounds` (an equirectangular view):
 * ECharts' default, 0.75, suits 41° north and would draw Viet Nam a fifth too narrow.
 */
export function aspectScale(bounds) {
  const middle = (bounds[0][1] + bounds[1][1]) / 2;
  return Math.cos(middle * Math.PI / 180);
}

/**
 * ECharts' layoutCenter and layoutSize that fit the view of `bounds` whole inside an element of `width` × `height`
 * pixels, `padding` pixels clear of its edges, centred; and the view's own size in pixels.
 */
export function fitView(bounds, width, height, padding = 6) {
  const aspect = (bounds[1][0] - bounds[0][0]) / (bounds[0][1] - bounds[1][1]) * aspectScale(bounds);
  const room = [Math.max(1, width - 2 * padding), Math.max(1, height - 2 * padding)];
  const viewHeight = Math.min(room[1], room[0] / aspect);
  const viewWidth = viewHeight * aspect;
  // ECharts reads layoutSize as the view's width when it is wider than tall, else as its height
  return { layoutCenter: ['50%', '50%'], layoutSize: aspect > 1 ? viewWidth : viewHeight,
    width: viewWidth, height: viewHeight };
}

// The 34 provinces and centrally run cities from 1 July 2025 (Nghị quyết 202/2025/QH15), each with the provinces of
// before merged into it (GSO codes). The map's shapes are built from the 63 of before with this table (web/src/build/map)
// and the ranking's provinces — onboarded before or after the merger — find their shape with it. No DOM here: the
// build and the unit tests read it in Node too.

export const PROVINCES_2025 = [
  ['01', 'Hà Nội', ['01', 'Hà Nội']],
  ['04', 'Cao Bằng', ['04', 'Cao Bằng']],
  ['08', 'Tuyên Quang', ['08', 'Tuyên Quang'], ['02', 'Hà Giang']],
  ['11', 'Điện Biên', ['11', 'Điện Biên']],
  ['12', 'Lai Châu', ['12', 'Lai Châu']],
  ['14', 'Sơn La', ['14', 'Sơn La']],
  ['15', 'Lào Cai', ['10', 'Lào Cai'], ['15', 'Yên Bái']],
  ['19', 'Thái Nguyên', ['19', 'Thái Nguyên'], ['06', 'Bắc Kạn']],
  ['20', 'Lạng Sơn', ['20', 'Lạng Sơn']],
  ['22', 'Quảng Ninh', ['22', 'Quảng Ninh']],
  ['24', 'Bắc Ninh', ['27', 'Bắc Ninh'], ['24', 'Bắc Giang']],
  ['25', 'Phú Thọ', ['25', 'Phú Thọ'], ['26', 'Vĩnh Phúc'], ['17', 'Hòa Bình']],
  ['31', 'Hải Phòng', ['31', 'Hải Phòng'], ['30', 'Hải Dương']],
  ['33', 'Hưng Yên', ['33', 'Hưng Yên'], ['34', 'Thái Bình']],
  ['37', 'Ninh Bình', ['37', 'Ninh Bình'], ['35', 'Hà Nam'], ['36', 'Nam Định']],
  ['38', 'Thanh Hóa', ['38', 'Thanh Hóa']],
  ['40', 'Nghệ An', ['40', 'Nghệ An']],
  ['42', 'Hà Tĩnh', ['42', 'Hà Tĩnh']],
  ['44', 'Quảng Trị', ['45', 'Quảng Trị'], ['44', 'Quảng Bình']],
  ['46', 'Huế', ['46', 'Thừa Thiên Huế']],
  ['48', 'Đà Nẵng', ['48', 'Đà Nẵng'], ['49', 'Quảng Nam']],
  ['51', 'Quảng Ngãi', ['51', 'Quảng Ngãi'], ['62', 'Kon Tum']],
  ['52', 'Gia Lai', ['64', 'Gia Lai'], ['52', 'Bình Định']],
  ['56', 'Khánh Hòa', ['56', 'Khánh Hòa'], ['58', 'Ninh Thuận']],
  ['66', 'Đắk Lắk', ['66', 'Đắk Lắk'], ['54', 'Phú Yên']],
  ['68', 'Lâm Đồng', ['68', 'Lâm Đồng'], ['67', 'Đắk Nông'], ['60', 'Bình Thuận']],
  ['75', 'Đồng Nai', ['75', 'Đồng Nai'], ['70', 'Bình Phước']],
  ['79', 'Hồ Chí Minh', ['79', 'Hồ Chí Minh'], ['74', 'Bình Dương'], ['77', 'Bà Rịa – Vũng Tàu']],
  ['80', 'Tây Ninh', ['72', 'Tây Ninh'], ['80', 'Long An']],
  ['82', 'Đồng Tháp', ['87', 'Đồng Tháp'], ['82', 'Tiền Giang']],
  ['86', 'Vĩnh Long', ['86', 'Vĩnh Long'], ['83', 'Bến Tre'], ['84', 'Trà Vinh']],
  ['91', 'An Giang', ['89', 'An Giang'], ['91', 'Kiên Giang']],
  ['92', 'Cần Thơ', ['92', 'Cần Thơ'], ['94', 'Sóc Trăng'], ['93', 'Hậu Giang']],
  ['96', 'Cà Mau', ['96', 'Cà Mau'], ['95', 'Bạc Liêu']],
].map(([code, name, ...before]) => ({ code, name, before: before.map(([c, n]) => ({ code: c, name: n })) }));

const BY_CODE = new Map(PROVINCES_2025.map(p => [p.code, p]));
const BY_OLD_CODE = new Map(PROVINCES_2025.flatMap(p => p.before.map(old => [old.code, p])));
const BY_NAME = new Map(PROVINCES_2025.flatMap(p => [[normaliseName(p.name), p],
  ...p.before.map(old => [normaliseName(old.name), p])]));

/**
 * A province's name reduced to what tells it apart: no accents, no case, no "Tỉnh"/"Thành phố"/"TP"/"province"/"city",
 * no spaces or dashes — "Thừa Thiên–Huế province", "Tỉnh Thừa Thiên Huế" and "thua thien hue" are one name.
 */
export function normaliseName(name) {
  return String(name ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase()
    .replace(/\b(tinh|thanh pho|tp|province|city)\b/g, '').replace(/[^a-z0-9]/g, '');
}

/**
 * The province of the 34 that a province of the platform lies in: by its GSO code (today's, or that of a province
 * merged on 1 July 2025), else by its name (today's or of before); null when neither is known.
 */
export function provinceOf(province) {
  const code = province?.provinceCode == null ? null : String(province.provinceCode).padStart(2, '0');
  if (code) {
    // a code of today names today's province; a code that is no longer one names the province it went into
    const found = BY_CODE.get(code) || BY_OLD_CODE.get(code);
    if (found) return found;
  }
  return BY_NAME.get(normaliseName(province?.name)) || null;
}

/**
 * Each of the 34 with the row of the ranking shown on its shape: the province of today itself when it is onboarded
 * (its code and name are today's), else a province merged into it — the first in the ranking's order. The others
 * that fall in the same shape are kept with it, to be named. Rows whose province is unknown are returned apart.
 */
export function rowsByShape(rows) {
  const shapes = new Map(PROVINCES_2025.map(p => [p.code, { province: p, row: null, others: [] }]));
  const unplaced = [];
  for (const row of rows) {
    const found = provinceOf(row.province);
    if (!found) {
      unplaced.push(row);
      continue;
    }
    const shape = shapes.get(found.code);
    if (!shape.row) {
      shape.row = row;
    } else if (isToday(row.province, found) && !isToday(shape.row.province, found)) {
      shape.others.push(shape.row);
      shape.row = row;
    } else {
      shape.others.push(row);
    }
  }
  return { shapes: [...shapes.values()], unplaced };
}

function isToday(province, found) {
  return normaliseName(province.name) === normaliseName(found.name);
}

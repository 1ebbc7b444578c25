// Numbers, money and dates the Vietnamese way in Vietnamese (7.500 — 6.889.000.000 ₫ — 15/03/2023 — 80,6 %) and the
// British way in English (7,500 — 6,889,000,000 ₫ — 15/03/2023 — 80.6%), and the parsers of what officers type.
// Kept apart from the messages so they can be tested on their own (web/src/test/js).

import { lang } from './lang.js';
import vi from './messages/vi.js';
import en from './messages/en.js';

const NBSP = '\u00a0';
const NONE = { vi: vi['common.none'], en: en['common.none'] };

/** What stands in for a missing value. */
function none() {
  return NONE[lang()];
}

const numberFormats = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
};
const decimalFormats = {
  vi: new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

function dash(value) {
  return value === null || value === undefined || value === '' || Number.isNaN(Number(value));
}

/** 7500 → "7.500" (vi) / "7,500" (en). */
export function number(value) {
  return dash(value) ? none() : numberFormats[lang()].format(Number(value));
}

/** Whole VND: 6889000000 → "6.889.000.000 ₫". */
export function money(value) {
  return dash(value) ? none() : `${number(value)}${NBSP}₫`;
}

/** A percentage with one decimal: 80.6 → "80,6 %" (vi) / "80.6%" (en). */
export function percent(value) {
  if (dash(value)) return none();
  const text = decimalFormats[lang()].format(Number(value));
  return lang() === 'vi' ? `${text}${NBSP}%` : `${text}%`;
}

/** A whole percentage as the plans state them: 35 → "35 %" / "35%". */
export function wholePercent(value) {
  if (dash(value)) return none();
  return lang() === 'vi' ? `${value}${NBSP}%` : `${value}%`;
}

/** One decimal, no unit (run rates). */
export function decimal(value) {
  return dash(value) ? none() : decimalFormats[lang()].format(Number(value));
}

/** ISO date → dd/MM/yyyy in both languages. */
export function date(iso) {
  if (!iso) return none();
  const [y, m, d] = String(iso).slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** yyyy-MM → MM/yyyy. */
export function month(iso) {
  if (!iso) return none();
  const [y, m] = String(iso).split('-');
  return `${m}/${y}`;
}

/** An instant → "HH:mm:ss dd/MM/yyyy" in the browser's time zone. */
export function dateTime(iso) {
  if (!iso) return none();
  const value = new Date(iso);
  const pad = n => String(n).padStart(2, '0');
  return `${pad(value.getHours())}:${pad(value.getMinutes())}:${pad(value.getSeconds())} `
    + `${pad(value.getDate())}/${pad(value.getMonth() + 1)}/${value.getFullYear()}`;
}

/**
 * Reads a date written the Vietnamese way (15/03/2023, 15-3-2023, 15.03.2023) or as ISO (2023-03-15); returns
 * the ISO date, '' when empty, or null when it is not a date.
 */
export function parseDate(text) {
  const value = String(text ?? '').trim();
  if (value === '') return '';
  let day; let monthNumber; let year;
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (match) {
    [, day, monthNumber, year] = match.map(Number);
  } else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    [, year, monthNumber, day] = match.map(Number);
  } else {
    return null;
  }
  const candidate = new Date(Date.UTC(year, monthNumber - 1, day));
  if (candidate.getUTCFullYear() !== year || candidate.getUTCMonth() !== monthNumber - 1 || candidate.getUTCDate() !== day) {
    return null;
  }
  return `${year}-${String(monthNumber).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads an amount of đồng typed the way people write it ("6.889.000.000", "6 889 000 000", "6,889,000,000",
 * "6889000000 đ"); null if it is not a whole number.
 */
export function parseMoney(text) {
  const trimmed = String(text ?? '').replace(/(đồng|đ|₫|vnd)/gi, '').trim();
  // digits alone, or groups of three after one separator kind: "1.5" is not 15 đồng
  if (!/^\d+$/.test(trimmed) && !/^\d{1,3}([.,\s\u00a0]\d{3})+$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(/[\s.,\u00a0]/g, ''));
  return Number.isSafeInteger(value) ? value : null;
}

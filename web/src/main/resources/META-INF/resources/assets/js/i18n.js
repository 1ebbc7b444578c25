// Vietnamese first, English on request: the messages of messages/vi.js and messages/en.js by key, the labels of
// enumerated values, and (from format.js) numbers, money and dates written the way each language writes them. The
// pages import all of it from here.

import { lang, chooseLang } from './lang.js';
import vi from './messages/vi.js';
import en from './messages/en.js';

export { lang } from './lang.js';
export {
  number, money, percent, wholePercent, decimal, date, month, dateTime, parseDate, parseMoney,
} from './format.js';

const MESSAGES = { vi, en };

const listeners = new Set();

export function setLang(next) {
  const current = chooseLang(next);
  document.documentElement.lang = current;
  document.title = t('app.title');
  listeners.forEach(listener => listener(current));
}

export function onLangChange(listener) {
  listeners.add(listener);
}

/** The message `key` in the current language, with `{name}` placeholders filled from `params`. */
export function t(key, params = {}) {
  const template = MESSAGES[lang()][key] ?? MESSAGES.vi[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Label of an enumerated value: label('kind', 'WORKSHOP'). Unknown values are shown as they are. */
export function label(kind, value) {
  if (value === null || value === undefined) return t('common.none');
  const key = `${kind}.${value}`;
  return MESSAGES[lang()][key] ?? MESSAGES.vi[key] ?? String(value);
}

/** A message in both languages, for problems found in the browser (shown like the services' own). */
export function inBoth(key) {
  return { message: MESSAGES.vi[key], messageEn: MESSAGES.en[key] };
}

/** A problem's or violation's text in the current language (the APIs give both). */
export function bilingual(vietnamese, english) {
  return lang() === 'en' ? (english || vietnamese || '') : (vietnamese || english || '');
}

document.documentElement.lang = lang();

// A plan's content as a form: each input is named by the content's own path (`targetLines[0].plannedPersonTurns`)
// — the path the plan API names in its problems, so a refusal lands beside the field — and read back into a copy of
// the content. Used where an officer confirms an imported plan and where an approved plan is amended.

import { h } from './dom.js';
import { t, inBoth, money, parseMoney, parseDate } from './i18n.js';
import { options, dateInput } from './components.js';

/** An input for the content's value at `path`; kind is one of text, textarea, int, decimal, money, date, select. */
export function contentControl(path, kind, value, extra = {}) {
  const id = `f-${path.replace(/[^\w]/g, '-')}`;
  if (kind === 'select') {
    return h(`select#${id}`, { name: path, dataset: { kind } }, options(extra.choices, value, t('field.choose')));
  }
  if (kind === 'textarea') return h(`textarea#${id}`, { name: path, rows: 2, dataset: { kind }, value: value ?? '' });
  if (kind === 'date') return dateInput(id, path, value);
  const shown = kind === 'money' && value != null ? moneyText(value) : value;
  return h(`input#${id}`, {
    name: path, type: 'text', dataset: { kind }, value: shown ?? '',
    inputmode: kind === 'int' || kind === 'money' ? 'numeric' : kind === 'decimal' ? 'decimal' : null, ...extra.attributes,
  });
}

export function valueAt(object, path) {
  return tokens(path).reduce((value, key) => (value == null ? undefined : value[key]), object);
}

/**
 * The content with the values of the named inputs inside `container` written into a copy of it, and the inputs that
 * cannot be read (shaped as the services' violations, so they are shown the same way).
 */
export function collectContent(container, content) {
  const value = structuredClone(content);
  const invalid = [];
  container.querySelectorAll('[name][data-kind]').forEach(input => {
    const raw = input.value.trim();
    const kind = input.dataset.kind;
    let parsed = raw === '' ? null : raw;
    if (kind === 'int' && raw !== '') {
      const digits = raw.replace(/[.\s]/g, '');
      parsed = /^\d+$/.test(digits) ? Number(digits) : undefined;
    }
    if (kind === 'money' && raw !== '') parsed = parseMoney(raw) ?? undefined;
    // a figure of a target not about training: "12,5" as written in Vietnamese, or "12.5"
    if (kind === 'decimal' && raw !== '') parsed = /^\d+(?:[.,]\d+)?$/.test(raw) ? Number(raw.replace(',', '.')) : undefined;
    if (kind === 'date') parsed = parseDate(raw) === null ? undefined : parseDate(raw) || null;
    if (parsed === undefined) {
      invalid.push({ field: input.name, ...inBoth(kind === 'date' ? 'common.badDate' : 'common.badNumber') });
      return;
    }
    setAt(value, input.name, parsed);
  });
  return { value, invalid };
}

/** 6889000000 → "6.889.000.000", as the officer would type it. */
function moneyText(value) {
  return money(value).replace(/\s*₫$/, '');
}

function setAt(object, path, value) {
  const keys = tokens(path);
  let target = object;
  keys.slice(0, -1).forEach((key, i) => {
    if (target[key] == null) target[key] = typeof keys[i + 1] === 'number' ? [] : {};
    target = target[key];
  });
  target[keys[keys.length - 1]] = value;
}

function tokens(path) {
  return path.split(/\.|\[|\]/).filter(Boolean).map(key => (/^\d+$/.test(key) ? Number(key) : key));
}

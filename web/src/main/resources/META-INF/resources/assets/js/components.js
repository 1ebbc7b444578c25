// Pieces every page uses: progress bars, status badges, tables, problems shown field by field, downloads.

import { h, announce } from './dom.js';
import {
  t, label, lang, setLang, bilingual, inBoth, number, percent, money, wholePercent, date, dateTime, parseDate,
} from './i18n.js';
import { ApiProblem, download } from './api.js';
import { lockedPeriodOf } from './period-reports.js';

/**
 * A progress bar of achieved against target, with the numbers in words for everyone (not only in the bar).
 *
 * @param options.title    what is measured
 * @param options.achieved / options.target  whole numbers
 * @param options.percent  the API's percentage (one decimal)
 * @param options.status   forecast status colouring the bar
 * @param options.format   how to write the numbers (number or money)
 * @param options.testId   data-testid of the element holding "achieved / target"
 */
export function progressBar({ title, achieved, target, percent: pct, status, format = number, testId, note, compact,
  inTable }) {
  const ratio = target > 0 ? Math.min(100, (achieved / target) * 100) : 0;
  const shown = pct ?? (target > 0 ? Math.round(ratio * 10) / 10 : null);
  // a line may count person-turns without a target for them (workshops, study tours): no "187 / 0"
  const figures = target > 0 ? `${format(achieved)} / ${format(target)}` : format(achieved);
  // in a key-figure card the title and the numbers are already written large above the bar
  const labelRow = compact
    ? h('div.bar-label', {}, h('span.visually-hidden', {}, `${title}: `),
      h('span.num', { 'data-testid': testId }, h('span.visually-hidden', {}, `${figures} `),
        target > 0 ? percent(shown) : ''))
    : h('div.bar-label', {},
      inTable ? h('span.visually-hidden', {}, title) : h('span', {}, title),
      h('span.num', {},
        h('strong', { 'data-testid': testId }, figures),
        target > 0 ? ` (${percent(shown)})` : h('span.muted', {}, ` (${t('figures.noTarget')})`)));
  return h('div.bar', {},
    labelRow,
    h('div.bar-track', {
      role: 'progressbar', 'aria-label': title, 'aria-valuemin': '0', 'aria-valuemax': '100',
      'aria-valuenow': String(Math.round(ratio)), 'aria-valuetext': figures,
    }, h(`div.bar-fill${status ? '.' + status : ''}`, { style: `width:${ratio}%` })),
    note ? h('div.small.muted', {}, note) : null);
}

/** A share (women, ethnic minority) with the minimum the line requires marked on the bar. */
export function shareBar({ title, share, testId }) {
  if (!share) return null;
  const value = Number(share.share ?? 0);
  const min = share.minShare;
  const verdict = share.meetsMinimum === true ? h('span.badge.ok', {}, t('figures.meets'))
    : share.meetsMinimum === false ? h('span.badge.bad', {}, t('figures.below'))
      : h('span.badge.neutral', {}, min == null ? t('figures.noMinimum') : t('common.none'));
  return h('div.bar', {},
    h('div.bar-label', {},
      h('span', {}, title),
      h('span.num', {}, h('strong', { 'data-testid': testId }, percent(share.share)),
        ` (${number(share.count)})`, min != null ? ` · ${t('figures.minShare', { min: wholePercent(min) })}` : null)),
    h('div.bar-track', { role: 'img', 'aria-label': `${title}: ${percent(share.share)}` },
      h(`div.bar-fill${share.meetsMinimum === false ? '.OFF_TRACK' : share.meetsMinimum ? '.ON_TRACK' : ''}`,
        { style: `width:${Math.min(100, value)}%` }),
      min != null ? h('div.bar-min', { style: `left:${Math.min(100, min)}%`, title: t('figures.minShare', { min: wholePercent(min) }) }) : null),
    h('div.small', {}, verdict));
}

/** The forecast status in words and colour. */
export function statusBadge(status, testId) {
  return h(`span.badge.${status || 'neutral'}`, { 'data-testid': testId, 'data-status': status || '' },
    label('forecast.status', status ?? 'null'));
}

/** A key figure card. */
export function kpi(title, value, detail, testId) {
  return h('section.card.kpi', { 'aria-label': title },
    h('h3', {}, title),
    h('div.value.num', { 'data-testid': testId }, value),
    detail ? h('div.of.small', {}, detail) : null);
}

/**
 * A table. columns: [{title, value: row => node|string, num: bool, testId: row => id, sort: key}]. On phones the rows
 * become labelled blocks (class "responsive"). With `sorting` ({sort, direction, onSort: key => …}) a column with a
 * `sort` key has a button in its header; the sorted column says so to screen readers (aria-sort).
 */
export function table({ caption, columns, rows, testId, rowAttributes, sorting }) {
  return h('div.table-wrap', {},
    h('table.responsive', { 'data-testid': testId },
      caption ? h('caption', {}, caption) : null,
      h('thead', {}, h('tr', {}, columns.map(column => h(column.num ? 'th.num' : 'th', {
        scope: 'col',
        'aria-sort': sorting && column.sort && sorting.sort === column.sort
          ? (sorting.direction === 'DESC' ? 'descending' : 'ascending') : null,
      }, sorting && column.sort ? sortButton(column, sorting, testId) : column.title)))),
      h('tbody', {}, rows.map(row => h('tr', rowAttributes ? rowAttributes(row) : {},
        columns.map(column => h(column.num ? 'td.num' : 'td', {
          'data-label': column.title,
          class: column.className || null,
          'data-testid': column.testId ? column.testId(row) : null,
        }, column.value(row))))))));
}

function sortButton(column, sorting, testId) {
  const sorted = sorting.sort === column.sort;
  const arrow = !sorted ? '↕' : sorting.direction === 'DESC' ? '↓' : '↑';
  return h('button.link.sort', { type: 'button', 'data-testid': testId ? `${testId}-sort-${column.sort}` : null,
    title: t('common.sortBy', { column: column.title }), onclick: () => sorting.onSort(column.sort) },
  column.title, ' ', h('span', { 'aria-hidden': 'true' }, arrow));
}

/** "Page 1 of 3" with previous/next buttons; `go(page)` loads another page; `testId` names its parts for the tests. */
export function pager(page, go, testId) {
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  if (pages <= 1) return null;
  const part = name => (testId ? `${testId}-${name}` : null);
  return h('div.actions', { role: 'navigation', 'aria-label': t('common.page', { page: page.page + 1, pages }) },
    h('button', { type: 'button', disabled: page.page === 0, 'data-testid': part('previous'),
      onclick: () => go(page.page - 1) }, t('common.previous')),
    h('span.small', { 'data-testid': part('page') }, t('common.page', { page: page.page + 1, pages })),
    h('button', { type: 'button', disabled: page.page + 1 >= pages, 'data-testid': part('next'),
      onclick: () => go(page.page + 1) }, t('common.next')));
}

/** A problem answered by a service (or a network failure), in the chosen language, every bad field listed. */
export function problemBox(error, testId = 'problem', labelOf = () => null) {
  if (!(error instanceof ApiProblem)) {
    // a request the browser could not make (offline, a server down) or a fault of the page itself: said in the
    // user's language, the browser's own English ("Failed to fetch") left to the console
    console.error(error);
    const unreachable = error instanceof TypeError && /fetch|network|load failed/i.test(String(error.message));
    return h('div.problem', { role: 'alert', 'data-testid': testId },
      h('h2', {}, t('common.error')), h('p', {}, t(unreachable ? 'common.offline' : 'common.unexpected')));
  }
  if (error.status === 0) {
    return h('div.problem', { role: 'alert', 'data-testid': testId },
      h('h2', {}, t('common.error')), h('p', {}, t('common.network', { service: error.service })));
  }
  const p = error.problem;
  const title = bilingual(p.title, p.titleEn) || `HTTP ${error.status}`;
  const detail = bilingual(p.detail, p.detailEn) || (p.error_description ?? '');
  const locked = lockedPeriodOf(p);
  return h('div.problem', { role: 'alert', 'data-testid': testId, 'data-status': String(error.status) },
    h('h2', {}, title),
    detail && detail !== title ? h('p', {}, detail) : null,
    locked ? lockedPeriodNote(locked, testId) : null,
    error.errors.length ? h('p', {}, t('common.fieldsWrong')) : null,
    error.errors.length ? h('ul', { 'data-testid': `${testId}-fields` }, error.errors.map(violation =>
      h('li', { 'data-field': violation.field || '' },
        violation.field ? (labelOf(violation.field) ? h('strong', {}, labelOf(violation.field))
          : h('code', {}, violation.field)) : null, violation.field ? ': ' : null,
        bilingual(violation.message, violation.messageEn)))) : null);
}

/**
 * A write refused because its date lies in a period whose report the province approved: which period, its days, who
 * approved it and when — said in the chosen language from the problem's own properties, beside the service's words.
 */
function lockedPeriodNote(locked, testId) {
  return h('p', { 'data-testid': `${testId}-locked-period`, 'data-period': locked.periodId || '' },
    t('problem.lockedPeriod', {
      period: bilingual(locked.nameVi, locked.nameEn) || locked.periodId || t('common.none'),
      id: locked.periodId || t('common.none'),
      from: date(locked.from), to: date(locked.to),
      approver: locked.name || t('common.none'), role: locked.role ? label('role', locked.role) : t('common.none'),
      at: dateTime(locked.at),
    }), ' ', t('problem.lockedPeriodHint'));
}

/**
 * Shows a problem above a form and beside each field it names: the field whose `name` matches the violation's
 * field (or its tail after a prefix such as "content.") gets aria-invalid and its message.
 */
export function showFormProblem(form, slot, error) {
  clearFormProblem(form, slot);
  slot.append(problemBox(error, 'problem', name => {
    const input = findField(form, name);
    const text = input?.labels?.[0]?.textContent;
    return text ? `${text} (${name})` : null;
  }));
  if (!(error instanceof ApiProblem)) return;
  let first = null;
  for (const violation of error.errors) {
    const input = findField(form, violation.field);
    if (!input) continue;
    input.setAttribute('aria-invalid', 'true');
    const message = h('div.field-error', { id: `${input.id || input.name}-error`, 'data-error-for': input.name },
      bilingual(violation.message, violation.messageEn));
    input.setAttribute('aria-describedby', message.id);
    input.insertAdjacentElement('afterend', message);
    first = first || input;
  }
  (first || slot).focus?.();
  slot.scrollIntoView?.({ block: 'nearest' });
}

/**
 * Sends a form's request with its button disabled (a double click sends once); a refusal is shown above the form and
 * beside each field it names.
 */
export async function sending(form, slot, button, request) {
  button.disabled = true;
  try {
    await request();
  } catch (error) {
    showFormProblem(form, slot, error);
  } finally {
    button.disabled = false;
  }
}

export function clearFormProblem(form, slot) {
  slot.replaceChildren();
  form.querySelectorAll('[aria-invalid]').forEach(input => {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  });
  form.querySelectorAll('.field-error').forEach(message => message.remove());
}

function findField(form, field) {
  if (!field) return null;
  const candidates = [field];
  let rest = field;
  while (rest.includes('.')) {
    rest = rest.slice(rest.indexOf('.') + 1);
    candidates.push(rest);
  }
  for (const name of candidates) {
    const input = form.querySelector(`[name="${CSS.escape(name)}"]`);
    if (input) return input;
  }
  return null;
}

/**
 * A date field written dd/MM/yyyy in either language — the browser's own date picker would follow the browser's
 * locale instead. Read it with readDates().
 */
export function dateInput(id, name, iso, attributes = {}) {
  return h(`input#${id}`, { name, type: 'text', inputmode: 'numeric', autocomplete: 'off', placeholder: 'dd/mm/yyyy',
    dataset: { kind: 'date' }, value: iso ? date(iso) : '', title: t('common.dateFormat'), ...attributes });
}

/**
 * The ISO value of a date field: '' → null; a wrong date throws an ApiProblem-shaped error naming the field, so the
 * form shows it like the service's own refusals.
 */
export function readDate(input) {
  const value = parseDate(input.value);
  if (value === null) throw invalidInput([{ field: input.name, ...inBoth('common.badDate') }]);
  return value || null;
}

/** Bad input found in the browser, shaped as the services' problem so it is shown the same way. */
export function invalidInput(errors) {
  return new ApiProblem(400, { title: 'Dữ liệu không hợp lệ', titleEn: 'Invalid input', errors }, 'browser');
}

/** A labelled form field. `control` is the input/select/textarea; its id ties the label to it. */
export function field(labelText, control, hint) {
  const hintNode = hint ? h('span.hint', { id: `${control.id}-hint` }, hint) : null;
  if (hintNode) control.setAttribute('aria-describedby', hintNode.id);
  return h('div.field', {}, h('label', { for: control.id }, labelText), hintNode, control);
}

/** A button downloading a report with the token in a header; the result is announced. */
export function downloadButton(text, service, path, query, fallbackName, testId) {
  const status = h('span.small.muted', { 'aria-live': 'polite' });
  const button = h('button', {
    type: 'button', 'data-testid': testId,
    onclick: async () => {
      button.disabled = true;
      status.replaceChildren(t('common.downloading'));
      try {
        const file = await download(service, path, query, fallbackName);
        status.replaceChildren(file.name);
        button.dataset.downloaded = file.name;
        announce(file.name);
      } catch (error) {
        status.replaceChildren(problemBox(error));
      } finally {
        button.disabled = false;
      }
    },
  }, text);
  return h('span.actions', {}, button, status);
}

/** Programme names are long official titles: the part before the first colon names it well enough in a list. */
export function shortProgrammeName(name) {
  const head = (name || '').split(/:| — /)[0];
  return head.length > 90 ? `${head.slice(0, 88)}…` : head;
}

/** Options of a select: [[value, text]]; `selected` pre-selects. */
export function options(pairs, selected, placeholder) {
  const list = placeholder ? [['', placeholder], ...pairs] : pairs;
  return list.map(([value, text]) => h('option', { value, selected: String(value) === String(selected ?? '') }, text));
}

/** Figures as "achieved / target (percent)". */
export function ofTarget(achieved, target, pct, format = number) {
  return `${format(achieved)} / ${format(target)}${pct != null ? ` (${percent(pct)})` : ''}`;
}

/** Toggles Vietnamese ⇄ English; the page re-renders in the chosen language. */
export function languageButton() {
  const other = lang() === 'vi' ? 'en' : 'vi';
  return h('button', {
    type: 'button', lang: other, 'data-testid': 'lang-toggle', 'aria-label': t('lang.switchLabel'),
    onclick: () => setLang(other),
  }, t('lang.switch'));
}

export { money };

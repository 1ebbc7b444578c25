// What a user narrowed a list to and the order asked for, kept in the page's address (#/plans/x?q=lop&sort=TITLE)
// so that a reload, the back button or a shared link shows the same list. The services do the filtering, sorting
// and paging; this only carries the choices between the address, the controls and the API's query.

/** The choices of the plan page's activity list, as reporting-service's activities endpoint names them. */
export const ACTIVITY_FILTERS = ['q', 'status', 'lineId', 'kind', 'unitCode', 'from', 'to', 'sort', 'direction'];

/** The choices of the budget page's activity table, as budget-service's activities endpoint names them. */
export const BUDGET_ACTIVITY_FILTERS = ['sort', 'direction'];

/** The choices named by `keys` found in a parsed address query; absent ones are ''. */
export function choicesFrom(query, keys) {
  return Object.fromEntries(keys.map(key => [key, typeof query?.[key] === 'string' ? query[key].trim() : '']));
}

/** The choices made, empty ones left out: the API's query and the address's. */
export function chosen(choices) {
  return Object.fromEntries(Object.entries(choices).filter(([, value]) => value !== '' && value != null)
    .map(([key, value]) => [key, String(value)]));
}

/**
 * The address `hash` with the choices named by `keys` replaced by `choices` (empty ones removed), its path and
 * other parameters (a ministry user's ?tenant=) kept.
 */
export function hashWith(hash, keys, choices) {
  const [path, queryString] = String(hash || '').split('?');
  const params = new URLSearchParams(queryString || '');
  keys.forEach(key => params.delete(key));
  Object.entries(chosen(choices)).forEach(([key, value]) => params.set(key, value));
  const rest = params.toString();
  return rest ? `${path}?${rest}` : path;
}

/**
 * The order after a click on the column sorted by `key`: the same column again turns the direction, another
 * starts with `first` (largest first suits amounts, A→Z suits titles).
 */
export function nextSort(current, key, first = 'ASC') {
  if (current.sort === key) {
    return { sort: key, direction: (current.direction || 'ASC') === 'ASC' ? 'DESC' : 'ASC' };
  }
  return { sort: key, direction: first };
}

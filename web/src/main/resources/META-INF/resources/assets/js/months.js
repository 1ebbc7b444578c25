// The months of a reporting period and the comparison with the same months a year before — plain arithmetic, apart
// from the pages so that it is tested on its own.

/** The months of a choice: a month, else a quarter, else the whole year; `{from, to}` as yyyy-MM. */
export function monthsOf({ year, quarter, month }) {
  const pad = n => String(n).padStart(2, '0');
  if (month) return { from: `${year}-${pad(month)}`, to: `${year}-${pad(month)}` };
  if (quarter) return { from: `${year}-${pad(quarter * 3 - 2)}`, to: `${year}-${pad(quarter * 3)}` };
  return { from: `${year}-01`, to: `${year}-12` };
}

/** The year a dashboard opens its period on: the latest with figures, else `thisYear`. */
export function latestYear(monthly, thisYear) {
  const withFigures = (monthly || []).filter(entry => entry.personTurns || entry.activitiesHeld || entry.spentVnd);
  return withFigures.length ? Number(withFigures[withFigures.length - 1].month.slice(0, 4)) : thisYear;
}

/** The change on last year as a percentage, one decimal (−16.7 for 100 against 120); null with nothing before. */
export function changeOnLastYear(now, before) {
  if (!before) return null;
  return Math.round(((now - before) / before) * 1000) / 10;
}

/** The first and last day of a month 'yyyy-MM' as yyyy-MM-dd: the days of an activity list narrowed to the month. */
export function daysOf(yearMonth) {
  const [year, month] = yearMonth.split('-').map(Number);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate(); // day 0 of the next month
  return { from: `${yearMonth}-01`, to: `${yearMonth}-${String(last).padStart(2, '0')}` };
}

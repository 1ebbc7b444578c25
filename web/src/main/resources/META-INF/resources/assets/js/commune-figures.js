// A province's communes with their figures, for the province dashboard: the communes of the catalogue (plan-service's
// units valid today) joined with reporting-service's results by unit, and the classes that colour them. No DOM here,
// so the Node tests can check it.

/** What a commune can be coloured by: a field of reporting-service's unit rows. */
export const COMMUNE_MEASURES = ['personTurns', 'activitiesHeld', 'uniquePersons'];

/**
 * One row per commune: each commune of the catalogue, with its results or none (`figures` null: "chưa có số liệu"),
 * and each commune with results the catalogue does not list (results recorded under a unit of another province's
 * catalogue, or under a code no reference event defined). Sorted by the measure, most first, those without data last
 * and then by name, so the list reads as the colours do.
 */
export function communeRows(catalogue, unitRows, measure) {
  const byCode = new Map(unitRows.filter(row => row.level === 'COMMUNE' || !row.known).map(row => [row.unitCode, row]));
  const rows = catalogue.map(unit => {
    const figures = byCode.get(unit.code) || null;
    byCode.delete(unit.code);
    return { code: unit.code, name: unit.name, known: true, figures };
  });
  for (const row of byCode.values()) {
    rows.push({ code: row.unitCode, name: row.name, known: row.known, figures: row });
  }
  return rows.sort((a, b) => {
    if (!a.figures !== !b.figures) return a.figures ? -1 : 1;
    const difference = (b.figures?.[measure] ?? 0) - (a.figures?.[measure] ?? 0);
    return difference || (a.name || '').localeCompare(b.name || '', 'vi');
  });
}

/**
 * The colour classes of a measure: none (no data), zero, and up to four equal steps up to the highest value shown.
 * Equal steps rather than quantiles: a commune's colour then says how far it is from the one that did most, which a
 * reader can check against the figures beside it. Returns the classes, lowest first, each with its bounds.
 */
export function measureClasses(values) {
  const highest = Math.max(0, ...values);
  const classes = [{ key: 'ZERO', from: 0, to: 0 }];
  if (highest === 0) return classes;
  const steps = Math.min(4, highest);
  let from = 1;
  for (let step = 1; step <= steps; step++) {
    const to = Math.round(highest * step / steps);
    if (to >= from) classes.push({ key: `STEP_${classes.length}`, from, to });
    from = to + 1;
  }
  return classes;
}

/** The class of a value, or 'NO_DATA' when the commune has no results. */
export function classOf(classes, value) {
  if (value === null || value === undefined) return 'NO_DATA';
  return (classes.find(c => value >= c.from && value <= c.to) || classes[classes.length - 1]).key;
}

// How a plan states each target line, as plan-service's TargetLine.kind() reads it, and the persons a quota per unit
// derives. Pure functions: the import review and the draft page show them, the Node tests check them.

export const TARGET_KINDS = ['COUNT', 'COVERAGE', 'QUOTA_PER_UNIT', 'PER_YEAR', 'CUMULATIVE'];

/** The kind of a line: a coverage share, a quota per unit, year-by-year counts, a total by a year, or counts. */
export function targetKind(line) {
  if (line.coverage) return 'COVERAGE';
  if (line.quota) return 'QUOTA_PER_UNIT';
  if ((line.yearlyTargets || []).length) return 'PER_YEAR';
  if (line.cumulativeByYear != null) return 'CUMULATIVE';
  return 'COUNT';
}

/** People per unit × the units in scope, or null while either is missing. */
export function quotaPersons(quota) {
  if (!quota || !Number.isInteger(quota.perUnit) || !Number.isInteger(quota.unitsInScope)) return null;
  if (quota.perUnit < 1 || quota.unitsInScope < 1) return null;
  return quota.perUnit * quota.unitsInScope;
}

/**
 * The content with each quota line's persons derived again from its (possibly corrected) quota, so a corrected quota
 * never goes out with the persons of the old one. Lines without a quota, or with an incomplete one, are left as they are.
 */
export function withDerivedPersons(content) {
  return {
    ...content,
    targetLines: (content.targetLines || []).map(line => {
      const persons = quotaPersons(line.quota);
      return persons === null ? line : { ...line, plannedPersonTurns: persons };
    }),
  };
}

/**
 * Person-turns a plan's tracked lines add up to: coverage shares are percentages of a population, never persons, and
 * targets not about training are not lines at all — so neither is summed here.
 */
export function trackedPersonTurns(lines) {
  return (lines || []).filter(line => !line.coverage)
    .reduce((sum, line) => sum + (line.plannedPersonTurns || 0), 0);
}

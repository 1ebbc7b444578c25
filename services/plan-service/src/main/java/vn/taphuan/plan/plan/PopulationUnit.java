package vn.taphuan.plan.plan;

/**
 * What a coverage target's population counts. Only a population of persons is tracked against the people trained;
 * a share of households is kept and shown with its population, never turned into a count of persons.
 */
public enum PopulationUnit {
    /** people on a roster (cán bộ, người có uy tín…) */
    PERSON,
    /** households (hộ, hộ nghèo, hộ gia đình) */
    HOUSEHOLD
}

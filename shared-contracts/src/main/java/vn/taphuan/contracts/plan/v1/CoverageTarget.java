package vn.taphuan.contracts.plan.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A coverage target: a share of a roster of people trained (each person once) by a date, e.g. 100 % of specialised NTM cadres by 2025-12-31.
 *
 * @param rosterSize        number of people on the roster (the denominator)
 * @param percent           share of the roster to train, in whole percent
 * @param byDate            ISO date by which the share must be reached
 * @param rosterDescription who is on the roster, as worded in the plan (Vietnamese)
 * @param populationUnit    what the roster counts: {@code PERSON} or {@code HOUSEHOLD}; null reads as {@code PERSON}.
 *                          Only a roster of persons is measured against the people trained. Added in v1 as optional
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CoverageTarget(
        int rosterSize,
        int percent,
        String byDate,
        String rosterDescription,
        String populationUnit) {

    /** A coverage target of a roster of persons, as every one was before the population's unit was carried. */
    public CoverageTarget(int rosterSize, int percent, String byDate, String rosterDescription) {
        this(rosterSize, percent, byDate, rosterDescription, null);
    }
}

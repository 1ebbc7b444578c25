package vn.taphuan.plan.plan;

import java.time.LocalDate;

/**
 * A share of a roster of people to train, each person counted once, by a date: e.g. 100 % of the specialised NTM
 * cadres by 2025-12-31. Unlike person-turns it needs the roster's size (the denominator).
 *
 * @param rosterSize        how many people are on the roster; may be unknown in a draft, required to submit
 * @param percent           share of the roster to train, whole percent (1–100)
 * @param byDate            the date by which the share must be reached
 * @param rosterDescription who is on the roster (the population), as the plan words it
 * @param populationUnit    what the population counts: persons (tracked against the people trained) or households
 *                          (shown, never counted as persons); null reads as persons
 */
public record CoverageTarget(Integer rosterSize, int percent, LocalDate byDate, String rosterDescription,
                             PopulationUnit populationUnit) {

    /** A share of a roster of persons, as every coverage target was before the population's unit was kept. */
    public CoverageTarget(Integer rosterSize, int percent, LocalDate byDate, String rosterDescription) {
        this(rosterSize, percent, byDate, rosterDescription, null);
    }

    /** True if the people trained are counted against it: a population of persons. */
    public boolean ofPersons() {
        return populationUnit == null || populationUnit == PopulationUnit.PERSON;
    }
}

package vn.taphuan.reporting.progress;

import org.junit.jupiter.api.Test;
import vn.taphuan.reporting.progress.Figures.CoverageFigures;
import vn.taphuan.reporting.progress.Figures.PersonFigures;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PersonTallyTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static PersonFigures line(int roster, int percent, LocalDate byDate, long covered) {
        PersonTally line = new PersonTally();
        line.rosterTarget(new PlanFacts.Coverage(roster, percent, byDate, "danh sách"), d("2025-12-31"));
        line.covered(covered, 1, d("2024-06-01"));
        line.unique(covered);
        return line.figures();
    }

    @Test
    void aScopeWithoutARosterTargetHasNoCoverageFigures() {
        PersonTally plan = new PersonTally();
        plan.unique(12);
        plan.add(new PersonFigures(5, null));

        assertThat(plan.figures()).isEqualTo(new PersonFigures(12, null));
    }

    @Test
    void aLinesCoverageIsDueByItsOwnDateOrElseByThePlansDeadline() {
        PersonTally line = new PersonTally();
        line.rosterTarget(new PlanFacts.Coverage(200, 90, null, "danh sách"), d("2025-12-31"));

        CoverageFigures coverage = line.figures().coverage();

        assertThat(coverage.byDate()).isEqualTo(d("2025-12-31"));
        assertThat(coverage.requiredPersons()).isEqualTo(180);
        assertThat(coverage.covered()).isZero();
    }

    @Test
    void coverageAddsUpDueByTheLatestDateWhileUniquePersonsAndTheDayReachedAreNotCarried() {
        PersonTally plan = new PersonTally();
        plan.add(line(100, 50, d("2024-12-31"), 40));
        plan.add(line(300, 100, d("2025-06-30"), 60));
        plan.add(new PersonFigures(7, null));
        plan.unique(90);

        PersonFigures figures = plan.figures();

        assertThat(figures.unique()).isEqualTo(90);
        assertThat(figures.coverage()).isEqualTo(new CoverageFigures(400, 350, 100, new java.math.BigDecimal("25.0"),
                new java.math.BigDecimal("28.6"), 2, d("2025-06-30"), null));
    }
}
